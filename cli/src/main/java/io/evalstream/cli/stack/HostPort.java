package io.evalstream.cli.stack;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code HOST:PORT} address with a port between 1 and 65535. */
public class HostPort implements ITypeConverter<String> {

    @Override
    public String convert(String text) {
        int colon = text.lastIndexOf(':');
        if (colon > 0 && text.substring(colon + 1).matches("\\d{1,5}")) {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port >= 1 && port <= 65535) {
                return text;
            }
        }
        throw new TypeConversionException("'" + text + "' is not HOST:PORT (e.g. triton-host:8001)");
    }
}
