/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version 20230628 (64-bit version)
 * Copyright (c) 2000 - 2023 Intel Corporation
 *
 * Disassembly of ivrs.dat
 *
 * ACPI Data Table [IVRS]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */

[000h 0000 004h]                   Signature : "IVRS"    [I/O Virtualization Reporting Structure]
[004h 0004 004h]                Table Length : 000000F8
[008h 0008 001h]                    Revision : 02
[009h 0009 001h]                    Checksum : 5C
[00Ah 0010 006h]                      Oem ID : "AMD   "
[010h 0016 008h]                Oem Table ID : "AmdTable"
[018h 0024 004h]                Oem Revision : 00000001
[01Ch 0028 004h]             Asl Compiler ID : "AMD "
[020h 0032 004h]       Asl Compiler Revision : 00000001

[024h 0036 004h]         Virtualization Info : 00203041
[028h 0040 008h]                    Reserved : 0000000000000000

[030h 0048 001h]               Subtable Type : 10 [Hardware Definition Block (IVHD)]
[031h 0049 001h]       Flags (decoded below) : B0
                                     HtTunEn : 0
                                      PassPW : 0
                                   ResPassPW : 0
                                Isoc Control : 0
                               Iotlb Support : 1
                                    Coherent : 1
                            Prefetch Support : 0
                                 PPR Support : 1
[032h 0050 002h]                      Length : 0028
[034h 0052 002h]                    DeviceId : 0002
[036h 0054 002h]           Capability Offset : 0040
[038h 0056 008h]                Base Address : 00000000FD200000
[040h 0064 002h]           PCI Segment Group : 0000
[042h 0066 002h]         Virtualization Info : 0000
[044h 0068 004h]           Feature Reporting : 80048F6E

[048h 0072 001h]               Subtable Type : 03 [Device Entry: Start of Range]
[049h 0073 002h]                   Device ID : 0008
[04Bh 0075 001h] Data Setting (decoded below) : 00
                                    INITPass : 0
                                    EIntPass : 0
                                     NMIPass : 0
                                    Reserved : 0
                                 System MGMT : 0
                                  LINT0 Pass : 0
                                  LINT1 Pass : 0

[04Ch 0076 001h]               Subtable Type : 04 [Device Entry: End of Range]
[04Dh 0077 002h]                   Device ID : FFFE
[04Fh 0079 001h] Data Setting (decoded below) : 00
                                    INITPass : 0
                                    EIntPass : 0
                                     NMIPass : 0
                                    Reserved : 0
                                 System MGMT : 0
                                  LINT0 Pass : 0
                                  LINT1 Pass : 0

[050h 0080 001h]               Subtable Type : 48 [Device Entry: Special Device]
[051h 0081 002h]                   Device ID : 0000
[053h 0083 001h] Data Setting (decoded below) : D7
                                    INITPass : 1
                                    EIntPass : 1
                                     NMIPass : 1
                                    Reserved : 0
                                 System MGMT : 1
                                  LINT0 Pass : 1
                                  LINT1 Pass : 1
[054h 0084 001h]                      Handle : 21
[055h 0085 002h]       Source Used Device ID : 00A0
[057h 0087 001h]                     Variety : 01

[058h 0088 001h]               Subtable Type : 21 [Memory Definition Block (IVMD)]
[059h 0089 001h]       Flags (decoded below) : 07
                                       Unity : 1
                                    Readable : 1
                                   Writeable : 1
                             Exclusion Range : 0
[05Ah 0090 002h]                      Length : 0020
[05Ch 0092 002h]                    DeviceId : 0060
[05Eh 0094 002h]              Auxiliary Data : 0000
[060h 0096 008h]                    Reserved : 0000000000000000
[068h 0104 008h]               Start Address : 000000007D900000
[070h 0112 008h]               Memory Length : 0000000000100000

[078h 0120 001h]               Subtable Type : 20 [Memory Definition Block (IVMD)]
[079h 0121 001h]       Flags (decoded below) : 01
                                       Unity : 1
                                    Readable : 0
                                   Writeable : 0
                             Exclusion Range : 0
[07Ah 0122 002h]                      Length : 0020
[07Ch 0124 002h]                    DeviceId : 0000
[07Eh 0126 002h]              Auxiliary Data : 0000
[080h 0128 008h]                    Reserved : 0000000000000000
[088h 0136 008h]               Start Address : 00000000000A0800
[090h 0144 008h]               Memory Length : 0000000000001800

[098h 0152 001h]               Subtable Type : 22 [Memory Definition Block (IVMD)]
[099h 0153 001h]       Flags (decoded below) : 08
                                       Unity : 0
                                    Readable : 0
                                   Writeable : 0
                             Exclusion Range : 1
[09Ah 0154 002h]                      Length : 0020
[09Ch 0156 002h]                    DeviceId : 0100
[09Eh 0158 002h]              Auxiliary Data : 0102
[0A0h 0160 008h]                    Reserved : 0000000000000000
[0A8h 0168 008h]               Start Address : 00000000C8000000
[0B0h 0176 008h]               Memory Length : 0000000000400000

[0B8h 0184 001h]               Subtable Type : 21 [Memory Definition Block (IVMD)]
[0B9h 0185 001h]       Flags (decoded below) : 06
                                       Unity : 0
                                    Readable : 1
                                   Writeable : 1
                             Exclusion Range : 0
[0BAh 0186 002h]                      Length : 0020
[0BCh 0188 002h]                    DeviceId : 0068
[0BEh 0190 002h]              Auxiliary Data : 0000
[0C0h 0192 008h]                    Reserved : 0000000000000000
[0C8h 0200 008h]               Start Address : 00000000DE000000
[0D0h 0208 008h]               Memory Length : 0000000000010000
