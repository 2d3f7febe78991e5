package org.iommuatlas.bench;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded kernel log of a given number of lines, timestamps and all, shaped like a long-running
 * Intel host's {@code dmesg}: an e820 table at the top, DMAR RMRR and identity-map lines,
 * one "Adding to iommu group" line per device, and otherwise the usual chatter (USB, network,
 * ACPI, audit, filesystem lines) that the parser must skip. Roughly one line in twenty is one the
 * parser reads.
 */
public final class SyntheticDmesg {
    private static final String[] CHATTER = {
        "usb 1-%d: new high-speed USB device number %d using xhci_hcd",
        "e1000e 0000:00:1f.%d eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx",
        "ACPI: \\_SB_.PCI0.LPCB.EC0_: GPE %d handler installed",
        "audit: type=1400 audit(1700000000.%d:%d): apparmor=\"STATUS\" operation=\"profile_load\"",
        "EXT4-fs (nvme0n1p%d): mounted filesystem with ordered data mode. Quota mode: none.",
        "vfio-pci 0000:01:00.%d: vgaarb: changed VGA decodes: olddecodes=io+mem,decodes=io+mem:owns=none",
        "kvm: vcpu %d, guest rIP: 0xffffffff8100%04x disabled perfctr wrmsr",
        "IPv6: ADDRCONF(NETDEV_CHANGE): vnet%d: link becomes ready",
        "br0: port %d(vnet%d) entered forwarding state",
        "pcieport 0000:00:1c.%d: AER: Corrected error received: 0000:00:1c.0",
    };

    private SyntheticDmesg() {
    }

    public static String text(int lines, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder out = new StringBuilder(lines * 90);
        double time = 0;
        int written = 0;
        int device = 0;
        // The e820 map comes first on every boot.
        long[][] e820 = {
            {0x0L, 0x9fbffL}, {0x9fc00L, 0x9ffffL}, {0xf0000L, 0xfffffL}, {0x100000L, 0x7ffdffffL},
            {0x7ffe0000L, 0x7fffffffL}, {0xfeffc000L, 0xfeffffffL}, {0x100000000L, 0x47fffffffL},
        };
        String[] kinds = {"usable", "reserved", "reserved", "usable", "reserved", "reserved", "usable"};
        for (int i = 0; i < e820.length && written < lines; i++, written++) {
            line(out, time, String.format(Locale.ROOT, "BIOS-e820: [mem 0x%016x-0x%016x] %s",
                    e820[i][0], e820[i][1], kinds[i]));
        }
        while (written < lines) {
            time += random.nextDouble() * 0.01;
            int pick = random.nextInt(100);
            String message;
            if (pick < 1) {
                long base = 0x7b800000L + random.nextInt(64) * 0x100000L;
                message = String.format(Locale.ROOT, "DMAR: RMRR base: 0x%016x end: 0x%016x", base, base + 0xfffffL);
            } else if (pick < 2) {
                long base = 0x3e000000L + random.nextInt(16) * 0x40000L;
                message = String.format(Locale.ROOT,
                        "DMAR: Setting identity map for device 0000:00:14.%d [0x%x - 0x%x]",
                        random.nextInt(8), base, base + 0x1ffffL);
            } else if (pick < 5) {
                message = "pci " + SyntheticHost.deviceName(device) + ": Adding to iommu group " + device;
                device++;
            } else {
                String pattern = CHATTER[random.nextInt(CHATTER.length)];
                message = String.format(Locale.ROOT, pattern, random.nextInt(8), random.nextInt(10000),
                        random.nextInt(65536));
            }
            line(out, time, message);
            written++;
        }
        return out.toString();
    }

    private static void line(StringBuilder out, double time, String message) {
        out.append(String.format(Locale.ROOT, "[%12.6f] ", time)).append(message).append('\n');
    }
}
