/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version 20230628 (64-bit version)
 * Copyright (c) 2000 - 2023 Intel Corporation
 *
 * Disassembly of dmar.dat
 *
 * ACPI Data Table [DMAR]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */

[000h 0000 004h]                   Signature : "DMAR"    [DMA Remapping Table]
[004h 0004 004h]                Table Length : 000000C8
[008h 0008 001h]                    Revision : 01
[009h 0009 001h]                    Checksum : 3A
[00Ah 0010 006h]                      Oem ID : "INTEL "
[010h 0016 008h]                Oem Table ID : "EDK2    "
[018h 0024 004h]                Oem Revision : 00000002
[01Ch 0028 004h]             Asl Compiler ID : "    "
[020h 0032 004h]       Asl Compiler Revision : 01000013

[024h 0036 001h]          Host Address Width : 26
[025h 0037 001h]                       Flags : 05
[026h 0038 00Ah]                    Reserved : 00 00 00 00 00 00 00 00 00 00

[030h 0048 002h]               Subtable Type : 0000 [Hardware Unit Definition]
[032h 0050 002h]                      Length : 0018

[034h 0052 001h]                       Flags : 00
[035h 0053 001h]                    Reserved : 00
[036h 0054 002h]          PCI Segment Number : 0000
[038h 0056 008h]       Register Base Address : 00000000FED90000

[040h 0064 001h]           Device Scope Type : 01 [PCI Endpoint Device]
[041h 0065 001h]                Entry Length : 08
[042h 0066 002h]                    Reserved : 0000
[044h 0068 001h]              Enumeration ID : 00
[045h 0069 001h]              PCI Bus Number : 00

[046h 0070 002h]                    PCI Path : 02,00


[048h 0072 002h]               Subtable Type : 0000 [Hardware Unit Definition]
[04Ah 0074 002h]                      Length : 0030

[04Ch 0076 001h]                       Flags : 01
[04Dh 0077 001h]                    Reserved : 00
[04Eh 0078 002h]          PCI Segment Number : 0000
[050h 0080 008h]       Register Base Address : 00000000FED91000

[058h 0088 001h]           Device Scope Type : 03 [IOAPIC Device]
[059h 0089 001h]                Entry Length : 08
[05Ah 0090 002h]                    Reserved : 0000
[05Ch 0092 001h]              Enumeration ID : 02
[05Dh 0093 001h]              PCI Bus Number : F0

[05Eh 0094 002h]                    PCI Path : 1F,00


[060h 0096 001h]           Device Scope Type : 04 [Message-capable HPET Device]
[061h 0097 001h]                Entry Length : 08
[062h 0098 002h]                    Reserved : 0000
[064h 0100 001h]              Enumeration ID : 00
[065h 0101 001h]              PCI Bus Number : 00

[066h 0102 002h]                    PCI Path : 1F,00


[068h 0104 001h]           Device Scope Type : 05 [ACPI Namespace Device]
[069h 0105 001h]                Entry Length : 08
[06Ah 0106 002h]                    Reserved : 0000
[06Ch 0108 001h]              Enumeration ID : 01
[06Dh 0109 001h]              PCI Bus Number : 00

[06Eh 0110 002h]                    PCI Path : 15,00


[070h 0112 001h]           Device Scope Type : 05 [ACPI Namespace Device]
[071h 0113 001h]                Entry Length : 08
[072h 0114 002h]                    Reserved : 0000
[074h 0116 001h]              Enumeration ID : 02
[075h 0117 001h]              PCI Bus Number : 00

[076h 0118 002h]                    PCI Path : 15,01


[078h 0120 002h]               Subtable Type : 0001 [Reserved Memory Region]
[07Ah 0122 002h]                      Length : 0028

[07Ch 0124 002h]                    Reserved : 0000
[07Eh 0126 002h]          PCI Segment Number : 0000
[080h 0128 008h]                Base Address : 0000000071155000
[088h 0136 008h]         End Address (limit) : 0000000071174FFF

[090h 0144 001h]           Device Scope Type : 01 [PCI Endpoint Device]
[091h 0145 001h]                Entry Length : 08
[092h 0146 002h]                    Reserved : 0000
[094h 0148 001h]              Enumeration ID : 00
[095h 0149 001h]              PCI Bus Number : 00

[096h 0150 002h]                    PCI Path : 14,00


[0A0h 0160 002h]               Subtable Type : 0001 [Reserved Memory Region]
[0A2h 0162 002h]                      Length : 0028

[0A4h 0164 002h]                    Reserved : 0000
[0A6h 0166 002h]          PCI Segment Number : 0000
[0A8h 0168 008h]                Base Address : 000000007B800000
[0B0h 0176 008h]         End Address (limit) : 000000007FFFFFFF

[0B8h 0184 001h]           Device Scope Type : 01 [PCI Endpoint Device]
[0B9h 0185 001h]                Entry Length : 08
[0BAh 0186 002h]                    Reserved : 0000
[0BCh 0188 001h]              Enumeration ID : 00
[0BDh 0189 001h]              PCI Bus Number : 00

[0BEh 0190 002h]                    PCI Path : 02,00


Raw Table Data: Length 200 (0xC8)

    0000: 44 4D 41 52 C8 00 00 00 01 3A 49 4E 54 45 4C 20  // DMAR.....:INTEL 
    0010: 45 44 4B 32 20 20 20 20 02 00 00 00 20 20 20 20  // EDK2    ....    
