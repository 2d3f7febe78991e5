package org.iommuatlas.picture;

import org.iommuatlas.model.Address;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link FoldedAxis} seen through a viewport: the viewport's span of units is stretched over
 * the pixel band. Creating one per frame is cheap; the axis itself is built once per data change.
 */
public final class FoldedScale implements AxisScale {
    private final FoldedAxis axis;
    private final long viewStart;
    private final long viewLast;
    private final double top;
    private final double height;
    private final double firstUnits;
    private final double unitSpan;
    private final List<Break> visibleBreaks;

    public FoldedScale(FoldedAxis axis, Viewport viewport, double top, double height) {
        if (!(height > 0)) {
            throw new IllegalArgumentException("scale height must be positive, was " + height);
        }
        this.axis = axis;
        this.viewStart = viewport.start();
        this.viewLast = viewport.last();
        this.top = top;
        this.height = height;
        this.firstUnits = axis.units(viewStart);
        double span = axis.unitsEnd(viewLast) - firstUnits;
        this.unitSpan = span > 0 ? span : Double.MIN_NORMAL;
        List<Break> visible = new ArrayList<>();
        for (Break b : axis.breaks()) {
            if (Address.lessOrEqual(b.start(), viewLast) && Address.lessOrEqual(viewStart, b.last())) {
                visible.add(b);
            }
        }
        this.visibleBreaks = List.copyOf(visible);
    }

    public FoldedAxis axis() {
        return axis;
    }

    @Override
    public long viewStart() {
        return viewStart;
    }

    @Override
    public long viewLast() {
        return viewLast;
    }

    @Override
    public double top() {
        return top;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public double y(long address) {
        if (address == viewStart) {
            return top;
        }
        return top + (axis.units(address) - firstUnits) / unitSpan * height;
    }

    @Override
    public double yEnd(long last) {
        if (last == viewLast) {
            return top + height;
        }
        return top + (axis.unitsEnd(last) - firstUnits) / unitSpan * height;
    }

    @Override
    public AxisScale.Cursor cursor() {
        FoldedAxis.Cursor starts = axis.cursor();
        FoldedAxis.Cursor ends = axis.cursor();
        return new AxisScale.Cursor() {
            @Override
            public double y(long address) {
                return address == viewStart ? top : top + (starts.units(address) - firstUnits) / unitSpan * height;
            }

            @Override
            public double yEnd(long last) {
                return last == viewLast ? top + height : top + (ends.unitsEnd(last) - firstUnits) / unitSpan * height;
            }
        };
    }

    @Override
    public long addressAt(double y) {
        long a = axis.addressAt(firstUnits + (y - top) / height * unitSpan);
        if (Address.lessThan(a, viewStart)) {
            return viewStart;
        }
        if (Address.lessThan(viewLast, a)) {
            return viewLast;
        }
        return a;
    }

    @Override
    public List<Break> breaks() {
        return visibleBreaks;
    }

    @Override
    public boolean inBreak(long address) {
        return axis.isFolded(address);
    }
}
