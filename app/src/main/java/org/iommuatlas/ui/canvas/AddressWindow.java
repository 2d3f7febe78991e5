package org.iommuatlas.ui.canvas;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;

import java.math.BigInteger;

/**
 * The visible stretch of the 64-bit axis, {@code [start, last]} inclusive. Zoom and pan are exact
 * integer arithmetic (BigInteger, because the whole space has 2^64 addresses); no double ever
 * touches an address here.
 */
public record AddressWindow(long start, long last) {
    public static final AddressWindow FULL = new AddressWindow(0, Address.MAX);
    /** Zooming in stops at 256 bytes on screen. */
    static final BigInteger MIN_SPAN = BigInteger.valueOf(256);
    static final BigInteger SPACE = BigInteger.ONE.shiftLeft(64);

    public AddressWindow {
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException("window end below start");
        }
    }

    public static AddressWindow of(AddressRange range) {
        return new AddressWindow(range.start(), range.last());
    }

    public BigInteger span() {
        return unsigned(last).subtract(unsigned(start)).add(BigInteger.ONE);
    }

    public boolean isFull() {
        return start == 0 && last == Address.MAX;
    }

    /**
     * Scales the span by {@code numerator/denominator} keeping {@code anchor} at the same relative
     * place (the address under the pointer stays under the pointer).
     */
    public AddressWindow zoomAround(long anchor, long numerator, long denominator) {
        BigInteger a = unsigned(Address.max(start, Address.min(anchor, last)));
        BigInteger s = unsigned(start);
        BigInteger num = BigInteger.valueOf(numerator);
        BigInteger den = BigInteger.valueOf(denominator);
        BigInteger newSpan = span().multiply(num).divide(den).max(MIN_SPAN).min(SPACE);
        BigInteger newStart = a.subtract(a.subtract(s).multiply(num).divide(den));
        return placed(newStart, newSpan);
    }

    /** Moves by {@code delta} addresses (negative: towards 0), clamped to the space. */
    public AddressWindow panBy(BigInteger delta) {
        return placed(unsigned(start).add(delta), span());
    }

    /** The window showing {@code range} with a quarter of its size as margin on each side. */
    public static AddressWindow around(AddressRange range) {
        BigInteger size = range.sizeBig();
        BigInteger margin = size.shiftRight(2).max(BigInteger.valueOf(4096));
        return placed(unsigned(range.start()).subtract(margin), size.add(margin.shiftLeft(1)));
    }

    /** A window of {@code span} addresses with {@code address} in the middle (clamped to the space). */
    public static AddressWindow centred(long address, BigInteger span) {
        return placed(unsigned(address).subtract(span.shiftRight(1)), span);
    }

    private static AddressWindow placed(BigInteger start, BigInteger span) {
        BigInteger s = span.min(SPACE).max(MIN_SPAN);
        BigInteger st = start.max(BigInteger.ZERO).min(SPACE.subtract(s));
        return new AddressWindow(st.longValue(), st.add(s).subtract(BigInteger.ONE).longValue());
    }

    static BigInteger unsigned(long v) {
        return new BigInteger(Long.toUnsignedString(v));
    }

    public AddressRange range() {
        return new AddressRange(start, last);
    }
}
