package org.xenophilia.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.xenophilia.xl.output.XlOutputFormatException;

/**
 * What the targets of xl's output share: an input is xl's standard output as the Agent's xl backend decodes it
 * (UTF-8), read within the target's allocation budget; {@link XlOutputFormatException} is the documented refusal and
 * ends the input, anything else thrown is a finding.
 */
final class XlOutputs {

    /** Reads one output and checks what was read. */
    @FunctionalInterface
    interface Reader {
        /**
         * @param output the output
         * @throws XlOutputFormatException if it does not have the shape of that command's output
         */
        void read(String output) throws XlOutputFormatException;
    }

    private XlOutputs() {
    }

    /**
     * @param budget the target's allocation budget
     * @param data the input
     * @param reader the parser and the checks of what it read
     * @throws Exception a finding
     */
    static void read(AllocationBudget budget, byte[] data, Reader reader) throws Exception {
        String output = new String(data, UTF_8);
        budget.run(data.length, () -> {
            try {
                reader.read(output);
            } catch (XlOutputFormatException refused) {
                // the documented refusal: not the shape of the command's output
            }
            return null;
        });
    }
}
