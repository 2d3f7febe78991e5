package org.iommuatlas.format.guest;

import org.iommuatlas.model.GuestArch;
import org.iommuatlas.model.MachineConfig;
import org.iommuatlas.model.ParseException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a libvirt domain XML ({@code virsh dumpxml}, REFERENCE §6.11) into the machine options
 * the layout rules need and the PCI devices assigned to the guest. The XML is parsed by
 * {@link SecureXml}, which refuses any DOCTYPE before anything else is read.
 *
 * <p>Not taken from the XML, on purpose: {@code <currentMemory>} (balloon target, not layout) and
 * the RAM memory-region name (libvirt's backend ids differ by version; UNVERIFIED, so left null
 * for the machine default).
 */
public final class LibvirtXmlParser {
    private LibvirtXmlParser() {
    }

    public static LibvirtDomain parse(String file, String text) throws ParseException {
        Document doc = SecureXml.parse(file, text);
        return new Reader(file, doc, new XmlTagPositions(text)).read();
    }

    private static final class Reader {
        private final String file;
        private final Document doc;
        private final XmlTagPositions positions;

        Reader(String file, Document doc, XmlTagPositions positions) {
            this.file = file;
            this.doc = doc;
            this.positions = positions;
        }

        LibvirtDomain read() throws ParseException {
            Element domain = doc.getDocumentElement();
            if (!domain.getTagName().equals("domain")) {
                throw new ParseException(file, lineOf(domain), "expected a libvirt <domain> document, found <"
                        + domain.getTagName() + ">");
            }
            String name = child(domain, "name") == null ? "" : text(child(domain, "name"));

            Element type = child(child(domain, "os"), "type");
            if (type == null) {
                throw new ParseException(file, lineOf(domain), "expected <os><type arch='...' machine='...'>hvm</type>"
                        + " in the domain, found none");
            }
            String arch = type.getAttribute("arch");
            GuestArch guestArch = MachineNames.archOfName(arch);
            String machineName = type.getAttribute("machine");
            if (machineName.isEmpty()) {
                machineName = MachineNames.defaultMachine(guestArch).orElseThrow(() -> new ParseException(file,
                        lineOf(type), "the <type> element names no machine and its arch '" + arch
                        + "' has no default the tool knows"));
            }
            String machine = machineName;
            MachineNames.Resolved resolved = MachineNames.resolve(machine, guestArch).orElseThrow(() ->
                    new ParseException(file, lineOf(type), "machine '" + machine + "' (arch '" + arch
                            + "') is not one the tool lays out; expected " + MachineNames.KNOWN));

            Element cpu = child(domain, "cpu");
            long ram = ram(domain, cpu);
            long maxRam = 0;
            int slots = 0;
            Element maxMemory = child(domain, "maxMemory");
            if (maxMemory != null) {
                maxRam = scaled(maxMemory, text(maxMemory), maxMemory.getAttribute("unit"), "<maxMemory>");
                slots = count(maxMemory, "slots", maxMemory.getAttribute("slots"), 0, Integer.MAX_VALUE);
            }

            String cpuMode = cpu == null ? "" : cpu.getAttribute("mode");
            String cpuModel = cpu == null || child(cpu, "model") == null ? "" : text(child(cpu, "model"));
            String vendor = cpu == null || child(cpu, "vendor") == null ? "" : text(child(cpu, "vendor"));
            boolean amd = vendor.equalsIgnoreCase("AMD") || MachineNames.isAmdModel(cpuModel);
            // host-passthrough (or no <cpu> at all) leaves the guest vendor to the host or QEMU's default.
            boolean vendorKnown = !cpuModel.isEmpty() || !vendor.isEmpty();
            int physBits = 0;
            Element maxPhys = cpu == null ? null : child(cpu, "maxphysaddr");
            if (maxPhys != null && !maxPhys.getAttribute("bits").isEmpty()) {
                physBits = count(maxPhys, "bits", maxPhys.getAttribute("bits"), 1, 64);
            }

            Element devices = child(domain, "devices");
            Element iommu = child(devices, "iommu");
            String viommuModel = iommu == null ? "" : iommu.getAttribute("model");
            List<LibvirtHostdev> hostdevs = hostdevs(devices);

            Element backing = child(domain, "memoryBacking");
            Element hugepages = child(backing, "hugepages");
            List<String> pageSizes = new ArrayList<>();
            for (Element page : children(hugepages, "page")) {
                String unit = page.getAttribute("unit");
                pageSizes.add(page.getAttribute("size") + " " + (unit.isEmpty() ? "KiB" : unit));
            }
            boolean locked = child(backing, "locked") != null;
            int cells = cpu == null ? 0 : children(child(cpu, "numa"), "cell").size();

            MachineConfig config = new MachineConfig(resolved.type(), machine, resolved.version(), ram, maxRam, slots,
                    null, null, amd, physBits, iommu != null, null,
                    hostdevs.stream().map(LibvirtHostdev::hostAddress).toList());
            return new LibvirtDomain(file, name, config, arch, cpuMode, cpuModel, vendorKnown, viommuModel,
                    hugepages != null, pageSizes, locked, cells, hostdevs);
        }

        /** Boot RAM: the sum of the NUMA cells when there are any (libvirt makes {@code <memory>} equal it), else {@code <memory>}. */
        private long ram(Element domain, Element cpu) throws ParseException {
            List<Element> cells = cpu == null ? List.of() : children(child(cpu, "numa"), "cell");
            long ram = 0;
            if (!cells.isEmpty()) {
                for (Element cell : cells) {
                    long size = scaled(cell, cell.getAttribute("memory"), cell.getAttribute("unit"), "NUMA cell memory");
                    try {
                        ram = Math.addExact(ram, size);
                    } catch (ArithmeticException e) {
                        throw new ParseException(file, lineOf(cell), "the NUMA cells add up to more than 2^63 bytes");
                    }
                }
            } else {
                Element memory = child(domain, "memory");
                if (memory == null) {
                    throw new ParseException(file, lineOf(domain), "expected <memory unit='KiB'>...</memory> or NUMA"
                            + " cells with memory='...', found neither");
                }
                ram = scaled(memory, text(memory), memory.getAttribute("unit"), "<memory>");
            }
            if (ram <= 0) {
                throw new ParseException(file, lineOf(domain), "guest RAM must be more than 0 bytes");
            }
            return ram;
        }

        private List<LibvirtHostdev> hostdevs(Element devices) throws ParseException {
            List<LibvirtHostdev> list = new ArrayList<>();
            for (Element hostdev : children(devices, "hostdev")) {
                if (!hostdev.getAttribute("type").equals("pci")) {
                    continue;
                }
                Element source = child(hostdev, "source");
                Element hostAddress = child(source, "address");
                if (hostAddress == null) {
                    throw new ParseException(file, lineOf(hostdev), "expected <source><address domain='0x0000'"
                            + " bus='0x01' slot='0x00' function='0x0'/></source> in the PCI hostdev, found none");
                }
                String guest = null;
                Element guestAddress = child(hostdev, "address");
                if (guestAddress != null && guestAddress.getAttribute("type").equals("pci")) {
                    guest = pciAddress(guestAddress);
                }
                list.add(new LibvirtHostdev(pciAddress(hostAddress), guest,
                        hostdev.getAttribute("managed").equals("yes"), lineOf(hostdev)));
            }
            return list;
        }

        private String pciAddress(Element address) throws ParseException {
            String domainAttr = address.getAttribute("domain");
            int domain = domainAttr.isEmpty() ? 0 : count(address, "domain", domainAttr, 0, 0xffff);
            int bus = count(address, "bus", address.getAttribute("bus"), 0, 0xff);
            int slot = count(address, "slot", address.getAttribute("slot"), 0, 0x1f);
            int function = count(address, "function", address.getAttribute("function"), 0, 7);
            return PciAddresses.format(domain, bus, slot, function);
        }

        /** libvirt numbers are {@code 0x}-hex or decimal. */
        private int count(Element where, String attribute, String value, int min, int max) throws ParseException {
            String v = value.trim();
            try {
                long n = v.startsWith("0x") || v.startsWith("0X") ? Long.parseLong(v.substring(2), 16) : Long.parseLong(v);
                if (n < min || n > max) {
                    throw new NumberFormatException();
                }
                return (int) n;
            } catch (NumberFormatException e) {
                throw new ParseException(file, lineOf(where), attribute + "='" + value + "' on <" + where.getTagName()
                        + ">: expected a number from " + min + " to " + (max == Integer.MAX_VALUE ? "2^31-1" : "0x"
                        + Integer.toHexString(max)) + " (decimal or 0x-hex)");
            }
        }

        /** A libvirt scaled integer: digits plus a unit (default KiB); KB, MB, GB, TB are powers of 1000. */
        private long scaled(Element where, String value, String unit, String what) throws ParseException {
            String digits = value.trim();
            if (!digits.matches("\\d+")) {
                throw new ParseException(file, lineOf(where), what + ": expected a whole number, found '" + value + "'");
            }
            long multiplier = unitMultiplier(unit);
            if (multiplier == 0) {
                throw new ParseException(file, lineOf(where), what + ": unknown unit '" + unit + "'; expected b, bytes,"
                        + " KB, k, KiB, MB, M, MiB, GB, G, GiB, TB, T or TiB");
            }
            try {
                return Math.multiplyExact(Long.parseLong(digits), multiplier);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new ParseException(file, lineOf(where), what + ": " + digits + " " + unit
                        + " is more than 2^63 bytes");
            }
        }

        private static long unitMultiplier(String unit) {
            switch (unit.trim().toLowerCase(Locale.ROOT)) {
                case "":
                case "k":
                case "kib":
                    return 1L << 10;
                case "b":
                case "bytes":
                    return 1;
                case "kb":
                    return 1000L;
                case "mb":
                    return 1000L * 1000;
                case "m":
                case "mib":
                    return 1L << 20;
                case "gb":
                    return 1000L * 1000 * 1000;
                case "g":
                case "gib":
                    return 1L << 30;
                case "tb":
                    return 1000L * 1000 * 1000 * 1000;
                case "t":
                case "tib":
                    return 1L << 40;
                case "pb":
                    return 1000L * 1000 * 1000 * 1000 * 1000;
                case "p":
                case "pib":
                    return 1L << 50;
                default:
                    return 0;
            }
        }

        private int lineOf(Element element) {
            NodeList same = doc.getElementsByTagName(element.getTagName());
            for (int i = 0; i < same.getLength(); i++) {
                if (same.item(i) == element) {
                    return positions.line(element.getTagName(), i);
                }
            }
            return 0;
        }

        private static Element child(Element parent, String name) {
            if (parent == null) {
                return null;
            }
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
                    return (Element) n;
                }
            }
            return null;
        }

        private static List<Element> children(Element parent, String name) {
            List<Element> list = new ArrayList<>();
            if (parent == null) {
                return list;
            }
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element && ((Element) n).getTagName().equals(name)) {
                    list.add((Element) n);
                }
            }
            return list;
        }

        private static String text(Element e) {
            return e.getTextContent().trim();
        }
    }
}
