package org.xenophilia.agent.internal.image;

import java.io.IOException;

import org.xenophilia.xenapi.XenApiException;

/**
 * Puts right, when the Agent starts, what the deployments a stop interrupted left: a deployment whose domain was
 * defined is whole (its volume was written before) and stays; any other has its volume destroyed. Each journal is
 * then removed, so the next start finds none. A volume that cannot be destroyed now keeps its journal for the next
 * start, and the Agent starts anyway.
 */
final class JournalRecovery {

    private static final System.Logger LOG = System.getLogger(JournalRecovery.class.getName());

    private JournalRecovery() {
    }

    static void resolve(DeploymentJournal journal, DeploymentVolumes volumes, DeploymentDomains domains)
            throws IOException {
        for (DeploymentJournal.Entry e : journal.entries((file, why) -> LOG.log(System.Logger.Level.WARNING,
                "the deployment journal " + file + " cannot be read and is left as it is: " + why.getMessage()))) {
            try {
                if (e.stage() == DeploymentJournal.Stage.DEFINING && domains.defined(e.domainUuid())) {
                    LOG.log(System.Logger.Level.INFO, "deployment of " + e.image() + " as " + e.domain()
                            + " was interrupted after its domain was defined: the domain stays");
                } else {
                    volumes.destroy(e.srUuid(), e.volume());
                    LOG.log(System.Logger.Level.INFO, "deployment of " + e.image() + " as " + e.domain()
                            + " was interrupted before its domain was defined: its volume is removed");
                }
                journal.remove(e.task());
            } catch (XenApiException | RuntimeException ex) {
                LOG.log(System.Logger.Level.WARNING, "deployment of " + e.image() + " as " + e.domain()
                        + " was interrupted and cannot be put right now (the next start tries again): "
                        + ex.getMessage());
            }
        }
    }
}
