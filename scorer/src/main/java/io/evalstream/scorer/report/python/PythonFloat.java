package io.evalstream.scorer.report.python;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Python's renderings of a float, so that files match what OpenCompass writes. */
public final class PythonFloat {

    private PythonFloat() {
    }

    /**
     * {@code repr(x)}: the shortest digits that round-trip (Java's {@link Double#toString} digits since JDK 19), laid
     * out as Python does: positional for decimal exponents -4 to 15 ({@code 100.0}), else {@code 1e-05} /
     * {@code 1e+16}.
     */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
        if (x == 0) {
            return sign + "0.0";
        }
        BigDecimal shortest = shortest(Math.abs(x));
        String digits = shortest.unscaledValue().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        String plain = shortest.toPlainString();
        return sign + (plain.contains(".") ? plain : plain + ".0");
    }

    // Double.toString keeps two significant digits (4.9E-324) where one already round-trips (5e-324).
    private static BigDecimal shortest(double x) {
        BigDecimal java = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        if (java.precision() == 2) {
            BigDecimal one = java.round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (one.doubleValue() == x) {
                return one.stripTrailingZeros();
            }
        }
        return java;
    }

    /** {@code '{:.2f}'.format(x)}: the exact binary value rounded half to even, as Python formats it. */
    public static String fixed2(double x) {
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
