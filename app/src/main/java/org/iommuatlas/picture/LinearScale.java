package org.iommuatlas.picture;

import java.util.List;

import org.iommuatlas.model.Address;

/** True scale: equal address distances get equal pixel distances. */
public record LinearScale(long viewStart, long viewLast, double top, double height) implements AxisScale {
    public LinearScale {
        if (Address.lessThan(viewLast, viewStart)) {
            throw new IllegalArgumentException("viewport end below start");
        }
        if (!(height > 0)) {
            throw new IllegalArgumentException("scale height must be positive, was " + height);
        }
    }

    public static LinearScale of(Viewport v, double top, double height) {
        return new LinearScale(v.start(), v.last(), top, height);
    }

    private double span() {
        return UnsignedPixels.span(viewStart, viewLast);
    }

    @Override
    public double y(long address) {
        if (Address.lessThan(address, viewStart)) {
            return top - Address.offsetAsDouble(viewStart, address) / span() * height;
        }
        return top + Address.offsetAsDouble(address, viewStart) / span() * height;
    }

    @Override
    public double yEnd(long last) {
        if (Address.lessThan(last, viewStart)) {
            return top - (Address.offsetAsDouble(viewStart, last) - 1.0) / span() * height;
        }
        double offsetPlusOne = Address.offsetAsDouble(last, viewStart) + 1.0;
        if (last == viewLast) {
            return top + height; // exact, whatever rounding the division would do
        }
        return top + offsetPlusOne / span() * height;
    }

    @Override
    public long addressAt(double y) {
        double offset = (y - top) / height * span();
        long off = UnsignedPixels.toUnsigned(offset);
        long maxOff = viewLast - viewStart;
        if (Address.lessThan(maxOff, off)) {
            off = maxOff;
        }
        return viewStart + off;
    }

    @Override
    public List<Break> breaks() {
        return List.of();
    }
}
