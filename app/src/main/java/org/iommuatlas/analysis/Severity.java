package org.iommuatlas.analysis;

/** How bad a finding is: ERROR stops the guest (or the assignment), WARNING is non-fatal, INFO is a note. */
public enum Severity {
    ERROR, WARNING, INFO
}
