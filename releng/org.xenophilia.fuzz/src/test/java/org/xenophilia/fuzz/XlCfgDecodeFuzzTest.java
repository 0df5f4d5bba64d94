package org.xenophilia.fuzz;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.DomainProblem;
import org.xenophilia.xl.cfg.XlConfigParser;
import org.xenophilia.xl.cfg.XlSyntaxException;
import org.xenophilia.xl.codec.XlDecodeResult;
import org.xenophilia.xl.codec.XlDomainCodec;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * xl.cfg into the model ({@link XlDomainCodec#decode}), as the Agent's {@code Xenophilia.VM.import_xl_cfg} and the
 * editor's import read a file: decode, validate, locate each problem in the file. Then the codec's promise: the
 * decoded domain is written ({@link XlDomainCodec#encode}) as text that xl itself accepts, that reads back to an
 * equal model, and that is written the same again. Refusing the text is only ever {@link XlSyntaxException}.
 * Seeds: the real admins' files and xl 4.17's guest configs of the xl tests, and the round-trip configs.
 */
class XlCfgDecodeFuzzTest {

    private static final AllocationBudget BUDGET = new AllocationBudget("XlDomainCodec.decode", 1 << 20, 128);

    static {
        // the codec's and EMF's classes are loaded, and instrumented, before the first input's timeout starts
        Warmup.run(() -> new XlCfgDecodeFuzzTest().decode(("name = \"w\"\nkernel = \"/k\"\nmemory = 512\n"
                + "disk = [ \"/d,raw,xvda,rw\" ]\nvif = [ \"mac=00:16:3e:00:00:01,bridge=xenbr0\" ]\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @FuzzTest
    void decode(byte[] data) throws Exception {
        String text = XlConfigParser.decode(data);
        XlDecodeResult first = BUDGET.run(data.length, () -> {
            XlDecodeResult r;
            try {
                r = XlDomainCodec.decode(text, "fuzz.cfg");
            } catch (XlSyntaxException refused) {
                return null; // the documented refusal: not xl.cfg
            }
            for (DomainProblem p : DomainDefinitionValidator.validate(r.domain())) {
                r.locate(p.path());
            }
            return r;
        });
        if (first == null) {
            return;
        }
        // a decoded domain's values all came from xl.cfg, so they can be written to it (the exceptions propagate)
        String written = XlDomainCodec.encode(first.domain());
        XlConfigParser.LIBXLU.read(written, "written.cfg");
        XlDecodeResult second = XlDomainCodec.decode(written, "written.cfg");
        if (!EcoreUtil.equals(first.domain(), second.domain())) {
            throw new AssertionError("the written text reads back to a different model:\n" + written
                    + "\nfrom:\n" + text);
        }
        String again = XlDomainCodec.encode(second.domain());
        if (!again.equals(written)) {
            throw new AssertionError("the second write differs:\n" + again + "\nfrom the first:\n" + written);
        }
    }
}
