package org.iommuatlas.trace;

/** The space a trace step happens in: the three lanes of the picture, plus interrupt delivery. */
public enum Space {
    GPA, IOVA, HPA,
    /** Not an address space: the write became an interrupt (remapping unit or ITS). */
    IRQ
}
