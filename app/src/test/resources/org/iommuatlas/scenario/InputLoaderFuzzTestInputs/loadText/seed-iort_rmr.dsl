/*
 * Intel ACPI Component Architecture
 * AML/ASL+ Disassembler version 20220331 (64-bit version)
 * Copyright (c) 2000 - 2022 Intel Corporation
 *
 * Disassembly of iort.dat
 *
 * ACPI Data Table [IORT]
 *
 * Format: [HexOffset DecimalOffset ByteLength]  FieldName : FieldValue (in hex)
 */

[000h 0000 004h]                   Signature : "IORT"    [IO Remapping Table]
[004h 0004 004h]                Table Length : 0000013C
[008h 0008 001h]                    Revision : 05
[009h 0009 001h]                    Checksum : 6E
[00Ah 0010 006h]                      Oem ID : "LINARO"
[010h 0016 008h]                Oem Table ID : "SBSAQEMU"
[018h 0024 004h]                Oem Revision : 20200810
[01Ch 0028 004h]             Asl Compiler ID : "LNRO"
[020h 0032 004h]       Asl Compiler Revision : 20200810

[024h 0036 004h]                  Node Count : 00000003
[028h 0040 004h]                 Node Offset : 00000030
[02Ch 0044 004h]                    Reserved : 00000000

[030h 0048 001h]                        Type : 00
[031h 0049 002h]                      Length : 0018
[033h 0051 001h]                    Revision : 01
[034h 0052 004h]                  Identifier : 00000000
[038h 0056 004h]               Mapping Count : 00000000
[03Ch 0060 004h]              Mapping Offset : 00000000

[040h 0064 004h]                    ItsCount : 00000001

[044h 0068 004h]                 Identifiers : 00000000

[048h 0072 001h]                        Type : 04
[049h 0073 002h]                      Length : 0058
[04Bh 0075 001h]                    Revision : 04
[04Ch 0076 004h]                  Identifier : 00000001
[050h 0080 004h]               Mapping Count : 00000001
[054h 0084 004h]              Mapping Offset : 00000044

[058h 0088 008h]                Base Address : 0000000060050000
[060h 0096 004h]       Flags (decoded below) : 00000001
                             COHACC Override : 1
                               HTTU Override : 0
                      Proximity Domain Valid : 0
[064h 0100 004h]                    Reserved : 00000000
[068h 0104 008h]               VATOS Address : 0000000000000000
[070h 0112 004h]                       Model : 00000000
[074h 0116 004h]                  Event GSIV : 00000074
[078h 0120 004h]                    PRI GSIV : 00000075
[07Ch 0124 004h]                   GERR GSIV : 00000077
[080h 0128 004h]                   Sync GSIV : 00000076
[084h 0132 004h]            Proximity Domain : 00000000
[088h 0136 004h]     Device ID Mapping Index : 00000000

[08Ch 0140 004h]                  Input base : 00000000
[090h 0144 004h]                    ID Count : 0000FFFF
[094h 0148 004h]                 Output Base : 00000000
[098h 0152 004h]            Output Reference : 00000030
[09Ch 0156 004h]       Flags (decoded below) : 00000000
                              Single Mapping : 0

[0A0h 0160 001h]                        Type : 06
[0A1h 0161 002h]                      Length : 0064
[0A3h 0163 001h]                    Revision : 03
[0A4h 0164 004h]                  Identifier : 00000002
[0A8h 0168 004h]               Mapping Count : 00000001
[0ACh 0172 004h]              Mapping Offset : 0000001C

[0B0h 0176 004h]       Flags (decoded below) : 00000011
                         Remapping Permitted : 1
                           Access Privileged : 0
                           Access Attributes : 04
[0B4h 0180 004h]   Number of RMR Descriptors : 00000002
[0B8h 0184 004h]       RMR Descriptor Offset : 00000030

[0BCh 0188 004h]                  Input base : 00000100
[0C0h 0192 004h]                    ID Count : 00000000
[0C4h 0196 004h]                 Output Base : 00000100
[0C8h 0200 004h]            Output Reference : 00000048
[0CCh 0204 004h]       Flags (decoded below) : 00000001
                              Single Mapping : 1

[0D0h 0208 008h]         Base Address of RMR : 0000000084800000
[0D8h 0216 008h]               Length of RMR : 0000000000800000
[0E0h 0224 004h]                    Reserved : 00000000

[0E4h 0228 008h]         Base Address of RMR : 00000000E0000000
[0ECh 0236 008h]               Length of RMR : 0000000000010000
[0F4h 0244 004h]                    Reserved : 00000000

[0F8h 0248 001h]                        Type : 06
[0F9h 0249 002h]                      Length : 0044
[0FBh 0251 001h]                    Revision : 03
[0FCh 0252 004h]                  Identifier : 00000003
[100h 0256 004h]               Mapping Count : 00000001
[104h 0260 004h]              Mapping Offset : 0000001C

[108h 0264 004h]       Flags (decoded below) : 00000000
                         Remapping Permitted : 0
                           Access Privileged : 0
                           Access Attributes : 00
[10Ch 0268 004h]   Number of RMR Descriptors : 00000001
[110h 0272 004h]       RMR Descriptor Offset : 00000030

[114h 0276 004h]                  Input base : 00000200
[118h 0280 004h]                    ID Count : 00000000
[11Ch 0284 004h]                 Output Base : 00000200
[120h 0288 004h]            Output Reference : 00000048
[124h 0292 004h]       Flags (decoded below) : 00000001
                              Single Mapping : 1

[128h 0296 008h]         Base Address of RMR : 00000000F0000000
[130h 0304 008h]               Length of RMR : 0000000000200000
[138h 0312 004h]                    Reserved : 00000000
