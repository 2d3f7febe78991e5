/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version 20160108-64
 * Copyright (c) 2000 - 2016 Intel Corporation
 *
 * Disassembly of dmar.dat, Mon Jan 11 10:00:00 2016
 *
 * ACPI Data Table [DMAR]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue
 */

[000h 0000   4]                    Signature : "DMAR"    [DMA Remapping table]
[004h 0004   4]                 Table Length : 00000060
[008h 0008   1]                     Revision : 01
[009h 0009   1]                     Checksum : 7B
[00Ah 0010   6]                       Oem ID : "HP    "
[010h 0016   8]                 Oem Table ID : "ProLiant"
[018h 0024   4]                 Oem Revision : 00000001
[01Ch 0028   4]              Asl Compiler ID : "    "
[020h 0032   4]        Asl Compiler Revision : 00000000

[024h 0036   1]           Host Address Width : 26
[025h 0037   1]                        Flags : 01

[030h 0048   2]                Subtable Type : 0001 [Reserved Memory Region]
[032h 0050   2]                       Length : 0030

[034h 0052   2]                     Reserved : 0000
[036h 0054   2]           PCI Segment Number : 0000
[038h 0056   8]                 Base Address : 00000000BDF7F000
[040h 0064   8]          End Address (limit) : 00000000BDF8EFFF

[048h 0072   1]      Device Scope Entry Type : 01
[049h 0073   1]                 Entry Length : 0A
[04Ah 0074   2]                     Reserved : 0000
[04Ch 0076   1]               Enumeration ID : 00
[04Dh 0077   1]               PCI Bus Number : 00

[04Eh 0078   2]                     PCI Path : 1C,07

[050h 0080   2]                     PCI Path : 00,02

[052h 0082   1]      Device Scope Entry Type : 02
[053h 0083   1]                 Entry Length : 08
[054h 0084   2]                     Reserved : 0000
[056h 0086   1]               Enumeration ID : 00
[057h 0087   1]               PCI Bus Number : 00

[058h 0088   2]                     PCI Path : 01,00
