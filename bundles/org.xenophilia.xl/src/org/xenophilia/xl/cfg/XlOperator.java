package org.xenophilia.xl.cfg;

/** The operator of an xl.cfg assignment. */
public enum XlOperator {

    /** {@code key = value}: sets the key; a later assignment of the same key wins. */
    ASSIGN("="),

    /**
     * {@code key += value}: appends to the value the key had so far (string concatenation, or list concatenation);
     * the same as {@link #ASSIGN} when the key had no value yet. Adding a list to a string or vice versa is an error.
     */
    APPEND("+=");

    private final String symbol;

    XlOperator(String symbol) {
        this.symbol = symbol;
    }

    /** @return the operator as written in xl.cfg: {@code =} or {@code +=} */
    public String symbol() {
        return symbol;
    }

    @Override
    public String toString() {
        return symbol;
    }
}
