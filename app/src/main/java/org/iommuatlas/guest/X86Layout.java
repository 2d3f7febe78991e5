package org.iommuatlas.guest;

import org.iommuatlas.model.Address;
import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.MachineType;
import org.iommuatlas.model.RamBank;
import org.iommuatlas.model.Sizes;
import org.iommuatlas.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

import static org.iommuatlas.model.GuestRegionKind.DEVICE_MEMORY;
import static org.iommuatlas.model.GuestRegionKind.INTERRUPT_CONTROLLER;
import static org.iommuatlas.model.GuestRegionKind.MMIO;
import static org.iommuatlas.model.GuestRegionKind.PCI_ECAM;
import static org.iommuatlas.model.GuestRegionKind.PCI_WINDOW;
import static org.iommuatlas.model.GuestRegionKind.RESERVED;
import static org.iommuatlas.model.GuestRegionKind.ROM;

/**
 * The x86 {@code pc} and {@code q35} machines (REFERENCE §5.4–5.7; {@code pc_memory_init()},
 * {@code pc_max_used_gpa()} and {@code pc_pci_hole64_start()} in {@code hw/i386/pc.c}).
 *
 * <p>Assumptions, stated because they change numbers: the vCPU is 64-bit (long mode), so the
 * highest used GPA is the end of the 64-bit PCI hole; the hole has its default size
 * ({@code pci-hole64-size}: 32 GiB on q35, {@code Q35_PCI_HOST_HOLE64_SIZE_DEFAULT}; 2 GiB on
 * i440fx, {@code I440FX_PCI_HOST_HOLE64_SIZE_DEFAULT}); no CXL and no SGX EPC; the 2.4-and-older
 * {@code broken_reserved_end} quirk is ignored. With no phys-bits given, the AMD HT range is
 * advertised (QEMU's default of 40 bits and any AMD host's bits are ≥ 40) and no "phys-bits too
 * low" problem is reported.
 */
final class X86Layout {
    static final String DEFAULT_RAM_REGION = "pc.ram";
    static final long FOUR_GIB = 4 * Sizes.GIB;
    /** {@code AMD_HT_START}: the HyperTransport range an AMD IOMMU cannot DMA-map. */
    static final long AMD_HT_START = 0xFD00000000L;
    /** {@code AMD_HT_SIZE} = AMD_ABOVE_1TB_START − AMD_HT_START. */
    static final long AMD_HT_SIZE = 0x300000000L;
    /** {@code AMD_ABOVE_1TB_START}: where above-4G RAM moves when the relocation applies. */
    static final long AMD_ABOVE_1TB_START = 0x10000000000L;
    static final long Q35_HOLE64_SIZE = 32 * Sizes.GIB;
    static final long I440FX_HOLE64_SIZE = 2 * Sizes.GIB;
    static final long MMCONFIG_BASE = 0xB0000000L;
    static final long MMCONFIG_SIZE = 0x10000000L;
    static final long IOAPIC_BASE = 0xFEC00000L;
    /** SeaBIOS is 256 KiB, so {@code pc.bios} is [4 GiB − 256 KiB, 4 GiB). */
    static final long BIOS_SIZE = 256 * Sizes.KIB;
    static final int MAX_SLOTS = 256;

    private X86Layout() {
    }

    static PresetLayout layout(MachineConfig c, String spec) {
        SourceRef src = SourceRef.preset(spec);
        List<String> problems = new ArrayList<>();
        boolean q35 = c.type() == MachineType.Q35;
        checkOptions(c, problems);
        long maxRam = QemuMemoryRules.maxRam(c);

        X86RamSplit split = X86RamSplit.of(c);
        long hole64Size = q35 ? Q35_HOLE64_SIZE : I440FX_HOLE64_SIZE;
        long deviceSize = deviceMemorySize(c, maxRam);
        if (deviceSize != 0 && passes2To64(split, deviceSize, hole64Size)) {
            problems.add("unsupported amount of maximum memory: " + Long.toHexString(maxRam));
            deviceSize = 0;
        }
        boolean enforcing = c.amdVcpu() && MachineVersions.enforcesAmd1TbHole(c.version());
        long above4gStart = FOUR_GIB;
        if (enforcing && Long.compareUnsigned(maxUsedGpa(split, FOUR_GIB, deviceSize, hole64Size), AMD_HT_START) >= 0) {
            above4gStart = AMD_ABOVE_1TB_START;
        }
        long maxUsed = maxUsedGpa(split, above4gStart, deviceSize, hole64Size);
        if (c.physBits() >= 32 && c.physBits() < 64) {
            long maxPhys = (1L << c.physBits()) - 1;
            if (Long.compareUnsigned(maxPhys, maxUsed) < 0) {
                problems.add("Address space limit " + Address.hex(maxPhys) + " < " + Address.hex(maxUsed)
                        + " phys-bits too low (" + c.physBits() + ")");
            }
        }

        String ramRegion = c.ramRegionName() != null ? c.ramRegionName() : DEFAULT_RAM_REGION;
        List<RamBank> banks = new ArrayList<>();
        banks.add(new RamBank("ram-below-4g", ramRegion, 0, split.belowBytes(), src));
        if (split.aboveBytes() != 0) {
            banks.add(new RamBank("ram-above-4g", ramRegion, above4gStart, split.aboveBytes(), src));
        }

        RegionList r = new RegionList(src);
        addLegacyPieces(r);
        addBelow4gPieces(r, q35, split.belowBytes());
        long above4gEnd = above4gStart + split.aboveBytes();
        if (deviceSize != 0) {
            r.add("device-memory", QemuMemoryRules.roundUpGiB(above4gEnd), deviceSize, DEVICE_MEMORY);
        }
        r.add("pci-hole64", hole64Start(split, above4gStart, deviceSize), hole64Size, PCI_WINDOW);
        if (enforcing && (c.physBits() == 0 || c.physBits() >= 40)) {
            r.add("amd-ht-hole (e820 reserved)", AMD_HT_START, AMD_HT_SIZE, RESERVED);
        }

        GuestLayout layout = new GuestLayout(c.machineName(), c.type().arch(), spec, banks, r.toList(), c.viommu(),
                c.physBits(), c.amdVcpu());
        return new PresetLayout(layout, problems);
    }

    /** What QEMU refuses in the machine, CPU and {@code -m} options before laying anything out. */
    private static void checkOptions(MachineConfig c, List<String> problems) {
        if (c.maxRamBelow4g() != null && Long.compareUnsigned(c.maxRamBelow4g(), FOUR_GIB) > 0) {
            problems.add("Machine option 'max-ram-below-4g=" + Long.toUnsignedString(c.maxRamBelow4g())
                    + "' expects size less than or equal to 4G");
        }
        if (c.physBits() != 0 && (c.physBits() < 32 || c.physBits() > 52)) {
            problems.add("phys-bits should be between 32 and 52 (but is " + c.physBits() + ")");
        }
        QemuMemoryRules.checkMaxmem(c, problems);
        if (c.slots() > MAX_SLOTS) {
            problems.add("unsupported amount of memory slots: " + c.slots());
        }
    }

    /** {@code pc_max_used_gpa()} for a 64-bit vCPU: the last byte of the 64-bit PCI hole. */
    static long maxUsedGpa(X86RamSplit split, long above4gStart, long deviceSize, long hole64Size) {
        return hole64Start(split, above4gStart, deviceSize) + hole64Size - 1;
    }

    /** Whether device memory and the hole64 after it would pass 2^64 even from the 1 TiB start. */
    private static boolean passes2To64(X86RamSplit split, long deviceSize, long hole64Size) {
        long base = QemuMemoryRules.roundUpGiB(AMD_ABOVE_1TB_START + split.aboveBytes());
        long headroom = -base; // 2^64 - base
        return Long.compareUnsigned(deviceSize, headroom - hole64Size - 2 * Sizes.GIB) > 0;
    }

    /**
     * {@code pc_pci_hole64_start()}: after above-4G RAM, or after the device-memory region when
     * there is hotplug memory (which itself starts at the next GiB after above-4G RAM), rounded
     * up to 1 GiB. With no above-4G RAM, "after above-4G RAM" is 4 GiB (or 1 TiB).
     */
    static long hole64Start(X86RamSplit split, long above4gStart, long deviceSize) {
        long end = above4gStart + split.aboveBytes();
        if (deviceSize != 0) {
            end = QemuMemoryRules.roundUpGiB(end) + deviceSize;
        }
        return QemuMemoryRules.roundUpGiB(end);
    }

    /** maxmem − ram, plus 1 GiB per slot on 2.2+ types ({@code pc_get_device_memory_range()}). */
    static long deviceMemorySize(MachineConfig c, long maxRam) {
        if (Long.compareUnsigned(maxRam, c.ramBytes()) <= 0) {
            return 0; // QEMU creates device memory only when ram_size < maxram_size
        }
        long size = maxRam - c.ramBytes();
        if (MachineVersions.alignedDimm(c.version())) {
            size += (long) c.slots() * Sizes.GIB;
        }
        return size;
    }

    /** Below 1 MiB: the VGA window carves low RAM; pc.rom and isa-bios sit under RAM (PCI address space). */
    private static void addLegacyPieces(RegionList r) {
        // vga-lowmem / smram-region: above RAM in priority, so low RAM maps as [0, 0xa0000) and [0xc0000, ...).
        r.add("vga-lowmem", 0xA0000L, 0x20000L, MMIO, true, false);
        // pc.rom and isa-bios live in the PCI address space at priority -1: RAM hides them, and the
        // real logs show map 2 starting at 0xc0000, so they are not DMA-mapped as separate sections.
        r.add("pc.rom", 0xC0000L, 0x20000L, ROM, false, false);
        r.add("isa-bios", 0xE0000L, 0x20000L, ROM, false, false);
    }

    private static void addBelow4gPieces(RegionList r, boolean q35, long below4g) {
        long holeLast = IOAPIC_BASE - 1;
        if (q35) {
            r.add("mmconfig (pcie-ecam)", MMCONFIG_BASE, MMCONFIG_SIZE, PCI_ECAM);
        }
        if (Long.compareUnsigned(below4g, holeLast) <= 0) {
            if (q35 && Long.compareUnsigned(below4g, MMCONFIG_BASE) < 0) {
                // q35's 32-bit hole is split by MMCONFIG (the DSDT builder carves it out).
                r.addRange("pci-hole", below4g, MMCONFIG_BASE - 1, PCI_WINDOW);
                r.addRange("pci-hole", MMCONFIG_BASE + MMCONFIG_SIZE, holeLast, PCI_WINDOW);
            } else if (q35 && Long.compareUnsigned(below4g, MMCONFIG_BASE + MMCONFIG_SIZE) < 0) {
                r.addRange("pci-hole", MMCONFIG_BASE + MMCONFIG_SIZE, holeLast, PCI_WINDOW);
            } else {
                r.addRange("pci-hole", below4g, holeLast, PCI_WINDOW);
            }
        }
        r.add("ioapic", IOAPIC_BASE, 0x1000L, INTERRUPT_CONTROLLER);
        r.add("hpet", 0xFED00000L, 0x400L, MMIO);
        if (q35) {
            r.add("ich9-rcrb (e820 reserved)", 0xFED1C000L, 0x4000L, RESERVED);
        }
        r.add("lapic", 0xFEE00000L, 0x100000L, INTERRUPT_CONTROLLER);
        // KVM's identity-map page and TSS, reserved in the guest e820 (kvm_arch_init()).
        r.add("kvm-identity-map+tss (e820 reserved)", 0xFEFFC000L, 0x4000L, RESERVED);
        // Read-only ROM above every RAM bank: QEMU maps it too (map (0xfffc0000, 0x40000)).
        r.add("pc.bios", FOUR_GIB - BIOS_SIZE, BIOS_SIZE, ROM, false, true);
    }
}
