package org.xenophilia.core;

/**
 * What a {@link NodeCallJob} does, in the words of its progress ("Deleting volume data1 on alpha") and of its failure
 * ("Cannot delete volume data1: ..."). The storage and network operations are its kinds.
 */
public interface NodeOperation {

    /** @return what it does, to follow "Cannot " ("delete volume") */
    String verb();

    /** @return what it does, as a job's name begins ("Deleting volume") */
    String progressing();
}
