package io.evalstream.scorer.report.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected strings are Python's own repr() and '{:.2f}'.format() of the same (hex-specified) doubles. */
class PythonFloatTest {

    @ParameterizedTest
    @CsvSource({
            "0x1.7af286bca1af2p+5, 47.368421052631575",
            "0x1.9000000000000p+6, 100.0",
            "0x0.0p+0, 0.0",
            "0x1.4f8b588e368f1p-17, 1e-05",
            "0x1.a36e2eb1c432dp-14, 0.0001",
            "0x1.1c37937e08000p+53, 1e+16",
            "0x1.d6f3454000000p+26, 123456789.0",
            "0x1.0aaaaaaaaaaaap+6, 66.66666666666666",
            "0x1.9000000000000p+1, 3.125",
            "0x0.0000000000001p-1022, 5e-324",
            "0x1.1eb2d66005835p+997, 1.5e+300"
    })
    void reprMatchesPython(String hex, String python) {
        assertEquals(python, PythonFloat.repr(Double.parseDouble(hex)));
    }

    @ParameterizedTest
    @CsvSource({
            "3.125, 3.12",
            "0.125, 0.12",
            "1.005, 1.00",
            "47.368421052631575, 47.37",
            "2.675, 2.67",
            "100.0, 100.00",
            "99.995, 100.00"
    })
    void twoDecimalsRoundTheExactValueHalfEvenLikePython(double value, String python) {
        assertEquals(python, PythonFloat.fixed2(value));
    }
}
