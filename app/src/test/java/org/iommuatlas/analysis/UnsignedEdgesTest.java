package org.iommuatlas.analysis;

import org.iommuatlas.guest.DmaMapPlanner;
import org.iommuatlas.model.Address;
import org.iommuatlas.model.AddressRange;
import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.HostModel;
import org.iommuatlas.model.HostPlatform;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.ReservedType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.iommuatlas.analysis.Fixtures.region;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Addresses at and above 2^63 through the whole analysis. */
class UnsignedEdgesTest {
    static GuestLayout oneBank(long start, long size) {
        return new GuestLayout("custom", GuestArch.OTHER, "", List.of(Fixtures.bank("ram", "ram", start, size)),
                List.of(), false, 0, false);
    }

    static AnalysisResult analyze(HostModel host, GuestLayout guest) {
        return Analyzer.analyze(host, guest, DmaMapPlanner.plan(guest), AnalysisOptions.DEFAULT);
    }

    @Test
    void aBankEndingAtTheLastAddressMeetsARegionAtTheTop() {
        HostModel host = Fixtures.host(HostPlatform.UNKNOWN,
                region(0xfffffffffffff000L, Address.MAX, ReservedType.RESERVED, 1));
        AnalysisResult result = analyze(host, oneBank(0xfffffffffff00000L, 0x100000L));
        FailingMap first = result.firstFailingMap().orElseThrow();
        assertEquals(0xfffffffffff00000L, first.map().iova());
        assertEquals(0x100000L, first.map().size());
        assertEquals(Rule.R1, first.rule());
        assertEquals(AddressRange.of(0xfffffffffffff000L, Address.MAX), result.conflicts().get(0).overlap());
        assertEquals(0xff000L, result.fit("ram").orElseThrow().maxBytes());
        assertEquals(List.of(AddressRange.of(0, 0xffffffffffffefffL)), result.usableIova());
    }

    @Test
    void regionsAbove2To63LimitABankThere() {
        HostModel host = Fixtures.host(HostPlatform.UNKNOWN,
                region(0x8000000020000000L, 0x800000002fffffffL, ReservedType.RESERVED, 1),
                region(0x7ffffffffffff000L, 0x7fffffffffffffffL, ReservedType.RESERVED, 1));
        RamBank bank = Fixtures.bank("ram", "ram", 0x8000000000000000L, 0x40000000L);
        AnalysisResult result = analyze(host, oneBank(bank.start(), bank.size()));
        assertEquals(0x8000000020000000L, result.firstFailingMap().orElseThrow().region().start());
        BankFit fit = result.fit("ram").orElseThrow();
        assertEquals(0x20000000L, fit.maxBytes());
        assertEquals(0x8000000030000000L, fit.placementAbove().orElseThrow());
        // Below 2^63 the last usable byte is 0x7fffffffffffefff, so 1 GiB ends there at the highest.
        assertEquals(0x7fffffffbffff000L, fit.placementBelow().orElseThrow());
    }

    @Test
    void adjacentRegionsBothCountButTheByteAfterARegionIsFree() {
        HostModel host = Fixtures.host(HostPlatform.UNKNOWN,
                region(0x100000L, 0x1fffffL, ReservedType.RESERVED, 1),
                region(0x200000L, 0x2fffffL, ReservedType.MSI, 1));
        AnalysisResult touching = analyze(host, oneBank(0x1ff000L, 0x2000L));
        assertEquals(2, touching.conflicts().size());
        AnalysisResult after = analyze(host, oneBank(0x300000L, 0x1000L));
        assertTrue(after.conflicts().isEmpty());
        assertEquals(0xffffffffffd00000L, after.fit("ram").orElseThrow().maxBytes());
    }
}
