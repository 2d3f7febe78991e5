package org.iommuatlas.picture;

/** A line style: colour, width in logical pixels, and dash lengths (empty = solid). */
public record Stroke(Rgb color, double width, double[] dash) {
    public static final double[] SOLID = {};

    public Stroke {
        dash = dash == null ? SOLID : dash.clone();
    }

    public static Stroke solid(Rgb color, double width) {
        return new Stroke(color, width, SOLID);
    }

    public boolean dashed() {
        return dash.length > 0;
    }

    @Override
    public double[] dash() {
        return dash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stroke s && s.color.equals(color) && s.width == width && java.util.Arrays.equals(s.dash, dash);
    }

    @Override
    public int hashCode() {
        return color.hashCode() * 31 + Double.hashCode(width) * 7 + java.util.Arrays.hashCode(dash);
    }

    @Override
    public String toString() {
        return "Stroke[" + color.hex() + ", " + width + ", " + java.util.Arrays.toString(dash) + "]";
    }
}
