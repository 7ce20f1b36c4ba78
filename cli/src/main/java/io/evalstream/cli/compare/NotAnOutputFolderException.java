package io.evalstream.cli.compare;

import java.nio.file.Path;

/** A folder given to compare that is not an output folder in OpenCompass's layout; the message says why. */
class NotAnOutputFolderException extends Exception {

    NotAnOutputFolderException(Path folder, String why) {
        super(folder + " is not an output folder in OpenCompass's layout: " + why);
    }

    /** The same reason, naming the folder's place on the command line. */
    NotAnOutputFolderException(String label, NotAnOutputFolderException reason) {
        super(label + ": " + reason.getMessage());
    }
}
