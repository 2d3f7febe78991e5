package org.iommuatlas.guest;

import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

import static org.iommuatlas.model.GuestRegionKind.FLASH;
import static org.iommuatlas.model.GuestRegionKind.INTERRUPT_CONTROLLER;
import static org.iommuatlas.model.GuestRegionKind.MMIO;
import static org.iommuatlas.model.GuestRegionKind.PCI_ECAM;
import static org.iommuatlas.model.GuestRegionKind.PCI_WINDOW;
import static org.iommuatlas.model.GuestRegionKind.ROM;

/**
 * The riscv64 {@code virt} machine ({@code virt_memmap[]} and {@code virt_machine_init()} in
 * {@code hw/riscv/virt.c}, one socket, QEMU ≈ 7.2–8.x; {@code VIRT_CPUS_MAX} 512,
 * {@code VIRT_SOCKETS_MAX} 4).
 *
 * <p>The interrupt controllers depend on machine options: the PLIC and the SiFive CLINT are the
 * default ({@code aia=none}); the ACLINT SSWI exists with {@code aclint=on}, the IMSIC files
 * with {@code aia=aplic-imsic}. All are shown, labelled, since none of them is ever RAM.
 * The mask ROM is a {@code rom} section, so QEMU DMA-maps it read-only. Hotplug memory is not
 * modelled (newer QEMU adds it to this machine; its placement is unverified here), so
 * {@link MachineSpec} refuses maxmem/slots for riscv64-virt.
 */
final class RiscvVirtLayout {
    static final long RAM_BASE = 0x80000000L;
    static final String DEFAULT_RAM_REGION = "riscv_virt_board.ram";
    /** {@code VIRT64_HIGH_PCIE_MMIO_SIZE}: fixed size, base right after RAM aligned to its size. */
    static final long HIGH_PCIE_MMIO_SIZE = 16 * Sizes.GIB;
    /** {@code VIRT_PLIC_SIZE(VIRT_CPUS_MAX * 2)} = 0x200000 + 1024 × 0x1000. */
    static final long PLIC_SIZE = 0x200000L + 1024 * 0x1000L;
    /** {@code VIRT_IMSIC_MAX_SIZE} = 4 sockets × 16 MiB groups. */
    static final long IMSIC_MAX_SIZE = 0x4000000L;

    private RiscvVirtLayout() {
    }

    static PresetLayout layout(MachineConfig c, String spec) {
        SourceRef src = SourceRef.preset(spec);
        List<String> problems = new ArrayList<>();
        long ram = c.ramBytes();
        RegionList r = new RegionList(src);
        r.add("debug", 0x0L, 0x100L, MMIO)
                .add("riscv_virt_board.mrom", 0x1000L, 0xF000L, ROM, false, true)
                .add("sifive-test", 0x100000L, 0x1000L, MMIO)
                .add("rtc", 0x101000L, 0x1000L, MMIO)
                .add("clint (aclint mswi+mtimer)", 0x2000000L, 0x10000L, INTERRUPT_CONTROLLER)
                .add("aclint-sswi (aclint=on)", 0x2F00000L, 0x4000L, INTERRUPT_CONTROLLER)
                .add("pcie-pio", 0x3000000L, 0x10000L, PCI_WINDOW)
                .add("platform-bus", 0x4000000L, 0x2000000L, MMIO)
                .add("plic", 0xC000000L, PLIC_SIZE, INTERRUPT_CONTROLLER)
                .add("uart0", 0x10000000L, 0x100L, MMIO)
                .add("virtio-mmio", 0x10001000L, 8 * 0x1000L, MMIO)
                .add("fw-cfg", 0x10100000L, 0x18L, MMIO)
                .add("virt.flash0", 0x20000000L, 0x2000000L, FLASH)
                .add("virt.flash1", 0x22000000L, 0x2000000L, FLASH)
                .add("imsic-m (aia=aplic-imsic)", 0x24000000L, IMSIC_MAX_SIZE, INTERRUPT_CONTROLLER)
                .add("imsic-s (aia=aplic-imsic)", 0x28000000L, IMSIC_MAX_SIZE, INTERRUPT_CONTROLLER)
                .add("pcie-ecam", 0x30000000L, 0x10000000L, PCI_ECAM)
                .add("pcie-mmio", 0x40000000L, 0x40000000L, PCI_WINDOW);
        long highBase = alignUp(RAM_BASE + ram, HIGH_PCIE_MMIO_SIZE);
        r.add("pcie-mmio-high", highBase, HIGH_PCIE_MMIO_SIZE, PCI_WINDOW);

        String region = c.ramRegionName() != null ? c.ramRegionName() : DEFAULT_RAM_REGION;
        RamBank bank = new RamBank("ram", region, RAM_BASE, ram, src);
        GuestLayout layout = new GuestLayout(c.machineName(), c.type().arch(), spec, List.of(bank), r.toList(),
                c.viommu(), c.physBits(), c.amdVcpu());
        return new PresetLayout(layout, problems);
    }

    private static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }
}
