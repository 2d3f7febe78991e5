package org.iommuatlas.guest;

import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.GuestRegionKind;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

import static org.iommuatlas.model.GuestRegionKind.DEVICE_MEMORY;
import static org.iommuatlas.model.GuestRegionKind.FLASH;
import static org.iommuatlas.model.GuestRegionKind.INTERRUPT_CONTROLLER;
import static org.iommuatlas.model.GuestRegionKind.MMIO;
import static org.iommuatlas.model.GuestRegionKind.PCI_ECAM;
import static org.iommuatlas.model.GuestRegionKind.PCI_WINDOW;
import static org.iommuatlas.model.GuestRegionKind.RESERVED;

/**
 * The aarch64 {@code virt} machine (REFERENCE §5.1–5.3; {@code base_memmap[]},
 * {@code extended_memmap[]}, {@code virt_set_memmap()} and {@code virt_set_high_memmap()} in
 * {@code hw/arm/virt.c}, QEMU ≈ 7.2–8.x).
 *
 * <p>When the config gives no phys-bits, the high regions are placed for a 40-bit IPA space
 * (KVM's default IPA size) and no "Addressing limited" problem is reported, because QEMU takes
 * the real limit from the host. The optional CXL host window and the 2025 renumbering of the
 * 0x0907xxxx devices are left out (REFERENCE §8 item 16).
 */
final class ArmVirtLayout {
    static final long RAM_BASE = 0x40000000L;
    static final String DEFAULT_RAM_REGION = "mach-virt.ram";
    /** {@code LEGACY_RAMLIMIT_BYTES}: 255 GiB of RAM below the high IO regions' floor. */
    static final long LEGACY_RAMLIMIT_BYTES = 255 * Sizes.GIB;
    /** The high regions never start below RAM_BASE + 255 GiB = 256 GiB (legacy map for small guests). */
    static final long HIGH_FLOOR = RAM_BASE + LEGACY_RAMLIMIT_BYTES;
    static final int ASSUMED_PA_BITS = 40;
    /** {@code ACPI_MAX_RAM_SLOTS}. */
    static final int MAX_SLOTS = 256;

    private ArmVirtLayout() {
    }

    static PresetLayout layout(MachineConfig c, String spec) {
        SourceRef src = SourceRef.preset(spec);
        List<String> problems = new ArrayList<>();
        RegionList regions = new RegionList(src);
        addLowMap(regions);

        boolean highmem = c.highmem() == null || c.highmem();
        boolean paKnown = c.physBits() > 0 || !highmem;
        // !highmem is exactly the same as limiting the PA space to 32 bits (virt_set_memmap()).
        int paBits = !highmem ? 32 : (c.physBits() > 0 ? c.physBits() : ASSUMED_PA_BITS);

        long ram = c.ramBytes();
        long maxRam = QemuMemoryRules.maxRam(c);
        QemuMemoryRules.checkMaxmem(c, problems);
        if (c.slots() > MAX_SLOTS) {
            problems.add("unsupported number of memory slots: " + c.slots());
        }
        if (!MachineVersions.virtRamBeyond255G(c.version()) && Long.compareUnsigned(ram, LEGACY_RAMLIMIT_BYTES) > 0) {
            problems.add("mach-virt: cannot model more than 255GB RAM");
        }
        long deviceBase = QemuMemoryRules.roundUpGiB(RAM_BASE + ram);
        long deviceSize = Long.compareUnsigned(maxRam, ram) > 0 ? maxRam - ram : 0;
        deviceSize += (long) c.slots() * Sizes.GIB;
        long memtop = deviceBase + QemuMemoryRules.roundUpGiB(deviceSize);
        if (Long.compareUnsigned(memtop, deviceBase) < 0) {
            problems.add("maxmem/slots too huge"); // QEMU's words when the device region wraps 2^64
            deviceSize = 0;
            memtop = deviceBase;
            highmem = false;
        }
        if (paKnown && paBits < 64 && Long.compareUnsigned(memtop, 1L << paBits) > 0) {
            problems.add("Addressing limited to " + paBits + " bits, but memory exceeds it by "
                    + Long.toUnsignedString(memtop - (1L << paBits)) + " bytes");
        }
        if (deviceSize != 0) {
            regions.add("device-memory", deviceBase, deviceSize, DEVICE_MEMORY);
        }
        if (highmem) {
            long base = Long.compareUnsigned(memtop, HIGH_FLOOR) < 0 ? HIGH_FLOOR : memtop;
            addHighMap(regions, base, paBits, MachineVersions.compactHighmem(c.version()));
        }

        String region = c.ramRegionName() != null ? c.ramRegionName() : DEFAULT_RAM_REGION;
        RamBank bank = new RamBank("ram", region, RAM_BASE, ram, src);
        GuestLayout layout = new GuestLayout(c.machineName(), c.type().arch(), spec, List.of(bank), regions.toList(),
                c.viommu(), c.physBits(), c.amdVcpu());
        return new PresetLayout(layout, problems);
    }

    /** {@code base_memmap[]} below RAM; VIRT_CPUPERIPHS is the container of the GIC entries, left out. */
    private static void addLowMap(RegionList r) {
        r.add("virt.flash0", 0x00000000L, 0x04000000L, FLASH)
                .add("virt.flash1", 0x04000000L, 0x04000000L, FLASH)
                .add("gic-dist", 0x08000000L, 0x00010000L, INTERRUPT_CONTROLLER)
                .add("gic-cpu", 0x08010000L, 0x00010000L, INTERRUPT_CONTROLLER)
                .add("gic-v2m", 0x08020000L, 0x00001000L, INTERRUPT_CONTROLLER)
                .add("gic-hyp", 0x08030000L, 0x00010000L, INTERRUPT_CONTROLLER)
                .add("gic-vcpu", 0x08040000L, 0x00010000L, INTERRUPT_CONTROLLER)
                // The ITS doorbell page: where an Arm host's SW_MSI window [0x08000000, 0x080fffff] sits.
                .add("gic-its", 0x08080000L, 0x00020000L, INTERRUPT_CONTROLLER)
                .add("gic-redist", 0x080A0000L, 0x00F60000L, INTERRUPT_CONTROLLER)
                .add("uart0", 0x09000000L, 0x1000L, MMIO)
                .add("rtc", 0x09010000L, 0x1000L, MMIO)
                .add("fw-cfg", 0x09020000L, 0x18L, MMIO)
                .add("gpio", 0x09030000L, 0x1000L, MMIO)
                .add("uart1 (secure)", 0x09040000L, 0x1000L, MMIO)
                .add("smmuv3", 0x09050000L, 0x20000L, MMIO)
                .add("pcdimm-acpi", 0x09070000L, 0x18L, MMIO)   // MEMORY_HOTPLUG_IO_LEN
                .add("acpi-ged", 0x09080000L, 0x4L, MMIO)       // ACPI_GED_EVT_SEL_LEN
                .add("nvdimm-acpi", 0x09090000L, 0x4L, MMIO)    // NVDIMM_ACPI_IO_LEN
                .add("pvtime", 0x090A0000L, 0x10000L, MMIO)
                .add("gpio (secure)", 0x090B0000L, 0x1000L, MMIO)
                .add("virtio-mmio", 0x0A000000L, 32 * 0x200L, MMIO) // NUM_VIRTIO_TRANSPORTS = 32
                .add("platform-bus", 0x0C000000L, 0x02000000L, MMIO)
                .add("secure-mem", 0x0E000000L, 0x01000000L, RESERVED)
                .add("pcie-mmio", 0x10000000L, 0x2EFF0000L, PCI_WINDOW)
                .add("pcie-pio", 0x3EFF0000L, 0x00010000L, PCI_WINDOW)
                .add("pcie-ecam", 0x3F000000L, 0x01000000L, PCI_ECAM);
    }

    /**
     * {@code extended_memmap[]}: each region aligned up to its own size from {@code base}; one
     * that ends above 2^pa_bits is disabled and, on compact (7.2+) machine types, takes no space.
     */
    private static void addHighMap(RegionList r, long base, int paBits, boolean compact) {
        String[] names = {"high-gic-redist2", "high-pcie-ecam", "high-pcie-mmio"};
        long[] sizes = {64 * Sizes.MIB, 256 * Sizes.MIB, 512 * Sizes.GIB};
        GuestRegionKind[] kinds = {INTERRUPT_CONTROLLER, PCI_ECAM, PCI_WINDOW};
        for (int i = 0; i < names.length; i++) {
            long regionBase = alignUpOrZero(base, sizes[i]);
            if (regionBase == 0) {
                return; // past 2^64: nothing further can fit
            }
            long end = regionBase + sizes[i];
            boolean fits = end != 0 && (paBits >= 64 || Long.compareUnsigned(end, 1L << paBits) <= 0);
            if (fits) {
                r.add(names[i], regionBase, sizes[i], kinds[i]);
            } else if (compact) {
                continue;
            }
            base = end;
        }
    }

    private static long alignUpOrZero(long value, long alignment) {
        long aligned = (value + alignment - 1) & -alignment;
        return Long.compareUnsigned(aligned, value) < 0 ? 0 : aligned;
    }
}
