package org.xenophilia.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.xenophilia.domain.Domain;
import org.xenophilia.model.DomainDefinitionException;
import org.xenophilia.model.DomainDefinitionValidator;
import org.xenophilia.model.DomainDefinitions;
import org.xenophilia.model.DomainProblem;
import org.xenophilia.model.DomainRule;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The domain XML loader ({@link DomainDefinitions#load}) and the validator, from text as the Agent's
 * {@code Xenophilia.VM.create_from_xml}/{@code set_xml} receive it and from bytes as definitions are read from disk:
 * <ul>
 * <li>a document is either loaded or refused with a {@link DomainDefinitionException} whose every problem has its
 * line (except the whole document's: larger than the limit, or no {@code <domain>} at all);</li>
 * <li>a loaded domain validates without an exception, and is saved as canonical XML that loads to an equal domain
 * and saves to the same text again.</li>
 * </ul>
 * Seeds: the model tests' documents (canonical, messy, attacks) and the editor's New Domain templates.
 */
class DomainXmlFuzzTest {

    private static final AllocationBudget BUDGET = new AllocationBudget("DomainDefinitions.load", 2 << 20, 512);

    static {
        // EMF's classes are loaded, and instrumented by Jazzer, before the first input's timeout starts
        Warmup.run(() -> new DomainXmlFuzzTest().load(("<domain xmlns='" + DomainDefinitions.NAMESPACE + "'>"
                + "<name>w</name><kernel>/k</kernel><disk vdev='xvda' target='/d'/><vif mac='00:16:3e:00:00:01'/>"
                + "</domain>").getBytes(UTF_8)));
    }

    @FuzzTest
    void load(byte[] data) throws Exception {
        Domain fromText = BUDGET.run(data.length,
                () -> loadOrRefuse(() -> DomainDefinitions.load(new String(data, UTF_8))));
        Domain fromBytes = BUDGET.run(data.length,
                () -> loadOrRefuse(() -> DomainDefinitions.load(new ByteArrayInputStream(data))));
        for (Domain d : new Domain[] {fromText, fromBytes}) {
            if (d != null) {
                DomainDefinitionValidator.validate(d);
                expectCanonicalRoundTrip(d);
            }
        }
    }

    /** A load that must answer a domain, or null after a refusal that says where. */
    @FunctionalInterface
    private interface Load {
        Domain run() throws IOException, DomainDefinitionException;
    }

    private static Domain loadOrRefuse(Load load) throws IOException {
        try {
            return load.run();
        } catch (DomainDefinitionException refused) {
            for (DomainProblem p : refused.getProblems()) {
                boolean wholeDocument = p.rule() == DomainRule.SIZE_LIMIT || p.rule() == DomainRule.ROOT_ELEMENT;
                if (p.line() < 1 && !wholeDocument) {
                    throw new AssertionError("a problem without its line: " + p.rule() + ": " + p, refused);
                }
            }
            return null;
        }
    }

    private static void expectCanonicalRoundTrip(Domain d) throws DomainDefinitionException {
        String saved = DomainDefinitions.toXml(d);
        Domain reloaded = DomainDefinitions.load(saved);
        if (!EcoreUtil.equals(d, reloaded)) {
            throw new AssertionError("the saved document loads to a different domain:\n" + saved);
        }
        String again = DomainDefinitions.toXml(reloaded);
        if (!again.equals(saved)) {
            throw new AssertionError("saving again differs:\n" + again + "\nfrom the first save:\n" + saved);
        }
    }
}
