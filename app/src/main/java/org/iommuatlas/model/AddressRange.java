package org.iommuatlas.model;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An inclusive range {@code [start, last]} of unsigned 64-bit addresses, as sysfs prints them.
 *
 * <p>The inclusive last address means the range ending at 0xffffffffffffffff needs no special
 * case. A range is never empty. Sizes are unsigned; the whole 64-bit space has a size of 2^64,
 * which does not fit in a {@code long}, so {@link #size()} refuses it and {@link #sizeBig()} does not.
 */
public record AddressRange(long start, long last) implements Comparable<AddressRange> {
    public static final AddressRange FULL = new AddressRange(0, Address.MAX);

    public AddressRange {
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException(
                    "range end " + Address.hex(last) + " is below its start " + Address.hex(start));
        }
    }

    public static AddressRange of(long start, long last) {
        return new AddressRange(start, last);
    }

    /**
     * The range of {@code size} bytes from {@code start}.
     *
     * @throws IllegalArgumentException when size is 0 or the range would pass 0xffffffffffffffff
     */
    public static AddressRange ofSize(long start, long size) {
        if (size == 0) {
            throw new IllegalArgumentException("a range cannot be empty (size 0 at " + Address.hex(start) + ")");
        }
        long last = start + size - 1;
        if (Address.lessThan(last, start)) {
            throw new IllegalArgumentException(
                    "range at " + Address.hex(start) + " of size " + Address.hex(size) + " passes 2^64");
        }
        return new AddressRange(start, last);
    }

    /** Size in bytes as an unsigned long. */
    public long size() {
        if (start == 0 && last == Address.MAX) {
            throw new ArithmeticException("the whole 64-bit space has size 2^64");
        }
        return last - start + 1;
    }

    public BigInteger sizeBig() {
        return new BigInteger(Long.toUnsignedString(last - start)).add(BigInteger.ONE);
    }

    /** One past the last address, or empty when the range ends at 0xffffffffffffffff. */
    public Optional<Long> end() {
        return last == Address.MAX ? Optional.empty() : Optional.of(last + 1);
    }

    public boolean contains(long address) {
        return Address.lessOrEqual(start, address) && Address.lessOrEqual(address, last);
    }

    public boolean contains(AddressRange other) {
        return Address.lessOrEqual(start, other.start) && Address.lessOrEqual(other.last, last);
    }

    public boolean overlaps(AddressRange other) {
        return overlaps(start, last, other.start, other.last);
    }

    /** Overlap test on raw inclusive bounds: {@code a.start <= b.last && b.start <= a.last}. */
    public static boolean overlaps(long aStart, long aLast, long bStart, long bLast) {
        return Address.lessOrEqual(aStart, bLast) && Address.lessOrEqual(bStart, aLast);
    }

    /** True when the two ranges overlap or touch end to start (the kernel's merge condition). */
    public boolean overlapsOrAbuts(AddressRange other) {
        if (overlaps(other)) {
            return true;
        }
        return (last != Address.MAX && last + 1 == other.start) || (other.last != Address.MAX && other.last + 1 == start);
    }

    public Optional<AddressRange> intersection(AddressRange other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        return Optional.of(new AddressRange(Address.max(start, other.start), Address.min(last, other.last)));
    }

    public AddressRange withStart(long newStart) {
        return new AddressRange(newStart, last);
    }

    public AddressRange withLast(long newLast) {
        return new AddressRange(start, newLast);
    }

    /** The same size placed at {@code newStart}. */
    public AddressRange movedTo(long newStart) {
        return ofSize(newStart, size());
    }

    @Override
    public int compareTo(AddressRange other) {
        int byStart = Address.compare(start, other.start);
        return byStart != 0 ? byStart : Address.compare(last, other.last);
    }

    /** {@code [0x..., 0x...]} with unpadded hex. */
    @Override
    public String toString() {
        return "[" + Address.hex(start) + ", " + Address.hex(last) + "]";
    }
}
