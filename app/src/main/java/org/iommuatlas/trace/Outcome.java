package org.iommuatlas.trace;

/** What a trace step does with the transaction. The last step of a trace carries a final outcome. */
public enum Outcome {
    /** The address is handed on to the next space unchanged or translated. */
    PASSES("passes on", false),
    /** An explanation that does not move the transaction (the nested stages, an unmodelled vIOMMU). */
    NOTE("note", false),
    /** The write lands in host memory. */
    MEMORY("memory", true),
    /** x86: the write is an interrupt message, handled by the IOMMU's interrupt-remapping unit. */
    INTERRUPT_REMAPPING("interrupt remapping", true),
    /** Arm: the write reaches the GIC ITS doorbell the kernel mapped into the SW_MSI window. */
    ITS_DOORBELL("ITS doorbell", true),
    /** The IOMMU blocks the transaction (or it can never be issued). */
    FAULT("fault", true);

    private final String word;
    private final boolean terminal;

    Outcome(String word, boolean terminal) {
        this.word = word;
        this.terminal = terminal;
    }

    public String word() {
        return word;
    }

    public boolean terminal() {
        return terminal;
    }
}
