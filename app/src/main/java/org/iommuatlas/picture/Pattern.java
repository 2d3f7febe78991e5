package org.iommuatlas.picture;

/**
 * The second visual cue beside colour, so styles stay apart for colour-blind readers and in grey
 * print. Painters draw it over the fill in the style's ink colour.
 */
public enum Pattern {
    SOLID,
    /** Lines rising to the right ("/"). */
    HATCH_FORWARD,
    /** Lines falling to the right ("\"). */
    HATCH_BACKWARD,
    CROSS_HATCH,
    DOTS,
    /** Pale fill with a dashed border: a window or a container rather than a thing. */
    DASHED_OUTLINE;

    /** Distance between pattern lines or dots in logical pixels. */
    public static final double SPACING = 7;
}
