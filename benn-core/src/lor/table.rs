//! The LOR 2021 catalogue as a compact table. Generated from
//! `benn-core/data/lor-2021.csv` by
//! `BENN_BLESS=1 cargo test -p benn-core --test lor_table`: do not edit.

/// Number of units.
pub(super) const LEN: u16 = 755;
/// Number of planning areas.
pub(super) const PLANNING_AREAS: usize = 542;

/// Per unit, in code order: the code padded with zeros to 8 digits, times 4,
/// plus the level (0 district, 1 forecast area, 2 district region, 3 planning area).
pub(super) static KEYS: [u32; 755] = [
    4000000, 4400001, 4400402, 4400407, 4400411, 4400415, 4400419, 4400802, 4400823, 4400827, 4400831, 4401202,
    4401235, 4401239, 4401243, 4401247, 4401251, 4401255, 4401602, 4401659, 4401663, 4401667, 4800001, 4802002,
    4802071, 4802075, 4802079, 4802083, 4802087, 4802091, 4802402, 4802495, 4802499, 4802503, 4802507, 4802511,
    4802515, 4802519, 5200001, 5202802, 5202923, 5202927, 5202931, 5202935, 5203202, 5203339, 5203343, 5203347,
    5600001, 5603602, 5603751, 5603755, 5603759, 5603763, 5603767, 5603771, 5604002, 5604175, 5604179, 5604183,
    5604187, 5604191, 5604195, 5604199, 8000000, 8400001, 8400402, 8400407, 8400411, 8400415, 8400419, 8400423,
    8400427, 8800001, 8800802, 8800831, 8800835, 8800839, 8800843, 8800847, 8800851, 8800855, 9200001, 9201202,
    9201259, 9201263, 9201267, 9201602, 9201671, 9201675, 9201679, 9600001, 9602002, 9602083, 9602087, 9602091,
    9602402, 9602495, 9602499, 9602503, 10000001, 10002802, 10002907, 10002911, 10002915, 10002919, 10003202, 10003323,
    10003327, 10003331, 10003335, 10003339, 10003343, 10003347, 12000000, 12400001, 12400402, 12400407, 12400411, 12400415,
    12800001, 12800802, 12800819, 12800823, 12800827, 12800831, 12801202, 12801235, 12801239, 12801243, 13200001, 13201602,
    13201647, 13201651, 13201655, 13202002, 13202059, 13202063, 13202067, 13202071, 13600001, 13602402, 13602475, 13602479,
    13602483, 13602802, 13602887, 13602891, 13602895, 13602899, 13602903, 13603202, 13603307, 13603311, 13603315, 13603319,
    13603323, 13603327, 14000001, 14003602, 14003731, 14003735, 14003739, 14003743, 14003747, 14004002, 14004151, 14004155,
    14400001, 14404402, 14404559, 14404563, 14404567, 14404571, 14404802, 14404975, 14404979, 14404983, 14405202, 14405387,
    14405391, 14405395, 14405602, 14405799, 14405803, 14405807, 14405811, 14405815, 14800001, 14806002, 14806219, 14806223,
    14806227, 14806402, 14806631, 14806635, 14806639, 14806643, 16000000, 16400001, 16400402, 16400407, 16400411, 16800001,
    16800802, 16800815, 16800819, 16800823, 16800827, 16800831, 16801202, 16801235, 16801239, 16801243, 16801247, 17200001,
    17201602, 17201651, 17201655, 17201659, 17201663, 17201667, 17202002, 17202071, 17202075, 17202402, 17202479, 17202483,
    17202487, 17202491, 17202495, 17202499, 17600001, 17602802, 17602903, 17602907, 17602911, 17602915, 17602919, 17603202,
    17603323, 17603327, 17603331, 17603335, 17603339, 17603343, 18000001, 18003602, 18003747, 18003751, 18003755, 18003759,
    18004002, 18004163, 18004167, 18004171, 18004175, 18004179, 18004183, 18004402, 18004587, 18004591, 18004595, 18004599,
    18004603, 18004607, 18004611, 18004615, 20000000, 20400001, 20400402, 20400407, 20400411, 20400415, 20400419, 20400423,
    20400802, 20400827, 20400831, 20400835, 20400839, 20400843, 20400847, 20401202, 20401251, 20401255, 20401259, 20401263,
    20401267, 20401271, 20800001, 20801602, 20801675, 20801679, 20801683, 20801687, 20801691, 20801695, 20802002, 20802099,
    20802103, 20802107, 20802111, 20802115, 20802402, 20802519, 20802523, 20802527, 20802531, 20802535, 20802539, 21200001,
    21202802, 21202943, 21202947, 21202951, 21203202, 21203355, 21203359, 21203363, 21203367, 21600001, 21603602, 21603771,
    21603775, 21603779, 21603783, 24000000, 24400001, 24400402, 24400407, 24400411, 24400415, 24400802, 24400819, 24400823,
    24400827, 24400831, 24400835, 24400839, 24400843, 24800001, 24801202, 24801247, 24801251, 24801255, 24801259, 24801263,
    24801267, 24801271, 24801602, 24801675, 24801679, 24801683, 24801687, 24801691, 24801695, 25200001, 25202002, 25202099,
    25202103, 25202107, 25202111, 25202115, 25202402, 25202519, 25202523, 25202527, 25202531, 25202535, 25202539, 25600001,
    25602802, 25602943, 25602947, 25602951, 25603202, 25603355, 25603359, 25603363, 25603367, 25603371, 25603375, 25603379,
    28000000, 28400001, 28400402, 28400407, 28400411, 28400415, 28400802, 28400819, 28400823, 28400827, 28800001, 28801202,
    28801231, 28801235, 28801602, 28801639, 28801643, 28801647, 28801651, 28801655, 28801659, 29200001, 29202002, 29202063,
    29202067, 29202071, 29202402, 29202475, 29202479, 29600001, 29602802, 29602883, 29602887, 29603202, 29603291, 29603295,
    29603299, 29603303, 29603307, 29603602, 29603711, 29603715, 30000001, 30004002, 30004119, 30004123, 30004127, 30004131,
    30004402, 30004535, 30004539, 30004543, 30400001, 30404802, 30404947, 30404951, 30404955, 30405202, 30405359, 30405363,
    30405367, 30405602, 30405771, 30405775, 30406002, 30406179, 30406183, 30406187, 30406191, 30406195, 32000000, 32400001,
    32400402, 32400407, 32400411, 32400415, 32400419, 32400423, 32400802, 32400827, 32400831, 32400835, 32400839, 32401202,
    32401243, 32401247, 32401251, 32401255, 32401259, 32401602, 32401663, 32401667, 32401671, 32401675, 32401679, 32402002,
    32402083, 32402087, 32800001, 32802402, 32802491, 32802495, 32802499, 32802802, 32802903, 32802907, 32802911, 32802915,
    32802919, 32802923, 32803202, 32803327, 32803331, 32803335, 33200001, 33203602, 33203739, 33203743, 33204002, 33204147,
    33204151, 33600001, 33604402, 33604555, 33604559, 33604563, 33604802, 33604967, 33604971, 33604975, 33604979, 33604983,
    33604987, 36000000, 36400001, 36400402, 36400407, 36400802, 36400811, 36400815, 36401202, 36401219, 36401223, 36401227,
    36401602, 36401631, 36401635, 36401639, 36800001, 36802002, 36802043, 36802047, 36802051, 36802402, 36802455, 36802459,
    36802802, 36802863, 36802867, 36802871, 36803202, 36803275, 36803279, 37200001, 37203602, 37203683, 37203687, 37203691,
    37203695, 37204002, 37204099, 37204103, 37204402, 37204507, 37204802, 37204911, 37204915, 37600001, 37605202, 37605319,
    37605323, 37605602, 37605727, 37605731, 37605735, 37606002, 37606139, 37606402, 37606543, 38000001, 38006802, 38006947,
    38006951, 38007202, 38007355, 38007602, 38007759, 38007763, 38007767, 38008002, 38008171, 38008175, 40000000, 40400001,
    40400402, 40400407, 40400411, 40400415, 40400419, 40400802, 40400823, 40400827, 40400831, 40400835, 40400839, 40400843,
    40401202, 40401247, 40401251, 40401255, 40401259, 40401263, 40401267, 40800001, 40801602, 40801671, 40801675, 40801679,
    40801683, 40801687, 40801691, 40801695, 40802002, 40802099, 40802103, 40802107, 40802402, 40802511, 40802515, 40802519,
    40802523, 41200001, 41202802, 41202927, 41202931, 41202935, 41202939, 41600001, 41603202, 41603343, 41603347, 41603351,
    41603602, 41603755, 41603759, 41603763, 41603767, 44000000, 44400001, 44400402, 44400407, 44400411, 44400802, 44400815,
    44400819, 44400823, 44400827, 44401202, 44401231, 44401235, 44401239, 44800001, 44801602, 44801643, 44801647, 44802002,
    44802051, 44802055, 44802059, 44802063, 45200001, 45202402, 45202467, 45202471, 45202475, 45202479, 45202483, 45202802,
    45202887, 45202891, 45202895, 45202899, 45202903, 45203202, 45203307, 45600001, 45603602, 45603711, 45603715, 45603719,
    45603723, 45603727, 45604002, 45604131, 45604135, 45604139, 45604402, 45604543, 45604547, 45604551, 46000001, 46004802,
    46004955, 46005202, 46005359, 46005363, 46005367, 48000000, 48400001, 48400402, 48400407, 48400411, 48400415, 48400802,
    48400819, 48400823, 48400827, 48800001, 48801202, 48801231, 48801235, 48801239, 48801243, 48801602, 48801647, 48801651,
    48801655, 48801659, 48802002, 48802063, 49600001, 49602402, 49602467, 49602471, 49602475, 49602479, 49602802, 49602883,
    49602887, 49602891, 49602895, 50000001, 50003202, 50003299, 50003303, 50003602, 50003707, 50003711, 50003715, 50003719,
    50003723, 50400001, 50404002, 50404127, 50404131, 50404402, 50404535, 50404539, 50404802, 50404943, 50404947,
];

/// Per unit: the end of its name in `NAMES` (bytes); it starts where the previous one ends.
pub(super) static NAME_ENDS: [u16; 755] = [
    5, 12, 27, 41, 59, 73, 87, 104, 118, 134, 151, 165,
    180, 201, 222, 237, 255, 272, 291, 302, 318, 329, 335, 346,
    356, 367, 382, 396, 410, 429, 439, 450, 462, 479, 495, 508,
    527, 539, 552, 566, 585, 599, 615, 628, 647, 661, 678, 699,
    706, 717, 737, 754, 771, 783, 799, 823, 838, 850, 861, 876,
    884, 894, 906, 918, 942, 956, 980, 997, 1009, 1025, 1036, 1050,
    1064, 1078, 1098, 1110, 1130, 1142, 1154, 1166, 1181, 1196, 1209, 1231,
    1243, 1258, 1277, 1298, 1324, 1349, 1360, 1379, 1399, 1409, 1423, 1444,
    1464, 1478, 1488, 1505, 1523, 1545, 1560, 1576, 1592, 1611, 1636, 1655,
    1666, 1676, 1692, 1707, 1721, 1740, 1746, 1750, 1754, 1766, 1779, 1795,
    1813, 1846, 1858, 1871, 1894, 1905, 1913, 1927, 1938, 1947, 1969, 1974,
    1984, 1997, 2006, 2046, 2057, 2077, 2088, 2100, 2117, 2153, 2162, 2173,
    2183, 2197, 2206, 2217, 2230, 2250, 2261, 2272, 2287, 2307, 2326, 2346,
    2362, 2374, 2395, 2405, 2420, 2431, 2449, 2462, 2491, 2505, 2523, 2535,
    2562, 2586, 2602, 2618, 2628, 2637, 2657, 2673, 2684, 2697, 2711, 2727,
    2741, 2758, 2777, 2796, 2821, 2839, 2847, 2864, 2890, 2914, 2931, 2945,
    2958, 2978, 2991, 3011, 3031, 3045, 3071, 3090, 3109, 3134, 3153, 3172,
    3183, 3198, 3215, 3226, 3236, 3244, 3251, 3266, 3277, 3290, 3316, 3338,
    3360, 3373, 3387, 3401, 3411, 3428, 3444, 3455, 3477, 3506, 3517, 3527,
    3549, 3567, 3584, 3596, 3612, 3621, 3644, 3657, 3674, 3684, 3694, 3707,
    3725, 3735, 3749, 3771, 3785, 3803, 3822, 3830, 3844, 3852, 3868, 3884,
    3905, 3919, 3937, 3953, 3965, 3981, 3995, 4016, 4026, 4043, 4058, 4076,
    4087, 4103, 4115, 4135, 4142, 4162, 4172, 4187, 4200, 4214, 4222, 4236,
    4254, 4271, 4285, 4298, 4315, 4334, 4346, 4359, 4369, 4378, 4388, 4400,
    4419, 4427, 4449, 4468, 4482, 4494, 4511, 4528, 4539, 4552, 4563, 4578,
    4592, 4620, 4633, 4651, 4663, 4679, 4696, 4712, 4722, 4737, 4755, 4780,
    4790, 4798, 4811, 4831, 4843, 4853, 4861, 4876, 4887, 4901, 4915, 4924,
    4935, 4948, 4960, 4979, 4987, 5001, 5012, 5026, 5039, 5054, 5065, 5073,
    5082, 5095, 5106, 5122, 5137, 5164, 5172, 5184, 5211, 5226, 5248, 5261,
    5273, 5286, 5301, 5308, 5327, 5344, 5365, 5380, 5401, 5436, 5449, 5465,
    5480, 5496, 5513, 5526, 5538, 5556, 5570, 5580, 5597, 5609, 5626, 5651,
    5670, 5677, 5684, 5694, 5709, 5721, 5742, 5750, 5766, 5776, 5786, 5792,
    5813, 5829, 5849, 5864, 5881, 5894, 5913, 5928, 5946, 5967, 5983, 6003,
    6020, 6050, 6069, 6085, 6098, 6118, 6137, 6153, 6174, 6183, 6197, 6210,
    6225, 6236, 6249, 6264, 6276, 6285, 6299, 6316, 6329, 6347, 6364, 6380,
    6388, 6410, 6421, 6438, 6455, 6469, 6479, 6494, 6505, 6518, 6536, 6545,
    6560, 6580, 6592, 6603, 6628, 6644, 6671, 6683, 6702, 6718, 6743, 6767,
    6784, 6800, 6817, 6831, 6847, 6865, 6880, 6891, 6910, 6930, 6939, 6948,
    6965, 6975, 6997, 7019, 7030, 7048, 7075, 7091, 7099, 7110, 7126, 7139,
    7150, 7161, 7174, 7188, 7200, 7207, 7223, 7234, 7256, 7270, 7292, 7309,
    7324, 7339, 7353, 7363, 7374, 7391, 7406, 7411, 7430, 7446, 7466, 7476,
    7490, 7509, 7515, 7526, 7538, 7548, 7560, 7577, 7599, 7621, 7637, 7655,
    7676, 7695, 7706, 7722, 7739, 7756, 7761, 7774, 7790, 7799, 7823, 7836,
    7862, 7879, 7898, 7909, 7920, 7932, 7949, 7965, 7979, 7998, 8016, 8028,
    8040, 8057, 8073, 8098, 8117, 8133, 8147, 8164, 8173, 8191, 8211, 8220,
    8229, 8234, 8255, 8275, 8311, 8324, 8344, 8363, 8375, 8392, 8409, 8423,
    8438, 8447, 8457, 8470, 8477, 8484, 8496, 8508, 8537, 8556, 8570, 8593,
    8606, 8621, 8630, 8653, 8663, 8681, 8699, 8710, 8721, 8740, 8755, 8767,
    8786, 8795, 8804, 8816, 8830, 8853, 8878, 8892, 8903, 8912, 8931, 8938,
    8950, 8962, 8981, 9001, 9017, 9030, 9064, 9079, 9097, 9108, 9127, 9146,
    9158, 9176, 9187, 9198, 9214, 9225, 9240, 9251, 9267, 9283, 9299, 9316,
    9331, 9342, 9365, 9382, 9397, 9419, 9430, 9454, 9470, 9481, 9504, 9518,
    9531, 9539, 9547, 9562, 9575, 9587, 9600, 9621, 9630, 9644, 9657, 9671,
    9680, 9694, 9707, 9715, 9732, 9743, 9765, 9799, 9825, 9840, 9866, 9880,
    9895, 9910, 9925, 9951, 9971, 9992, 10004, 10026, 10052, 10065, 10077, 10103,
    10112, 10132, 10149, 10161, 10177, 10186, 10213, 10226, 10241, 10261, 10274, 10289,
    10304, 10323, 10337, 10351, 10368, 10390, 10412, 10429, 10444, 10457, 10470, 10482,
    10496, 10512, 10532, 10548, 10565, 10573, 10593, 10609, 10623, 10634, 10650, 10669,
    10680, 10690, 10705, 10720, 10735, 10748, 10765, 10788, 10798, 10812, 10827, 10852,
    10863, 10875, 10890, 10895, 10926, 10939, 10950, 10968, 10979, 11011, 11030, 11052,
    11062, 11065, 11079, 11088, 11102, 11137, 11158, 11173, 11189, 11200, 11228, 11240,
    11251, 11265, 11286, 11308, 11344, 11371, 11382, 11425, 11438, 11451, 11464, 11471,
    11485, 11504, 11521, 11538, 11555, 11562, 11586, 11605, 11612, 11628, 11646,
];

/// Per planning area, in code order: its area in whole m².
pub(super) static AREAS_M2: [u32; PLANNING_AREAS] = [
    366929, 3943376, 522279, 338448, 634642, 1297110, 763637, 1682607, 1011374, 1365216, 807958, 643611,
    718064, 373027, 780145, 602001, 2484954, 236849, 347156, 429956, 166605, 639455, 896476, 687993,
    325103, 552842, 174353, 745610, 534709, 452951, 666927, 588074, 658286, 774989, 1103870, 1441437,
    3674225, 1196145, 364629, 917905, 450348, 531507, 298919, 491567, 267815, 325057, 309196, 408306,
    404128, 710730, 624461, 413262, 380548, 423358, 388951, 746225, 428885, 693579, 916800, 977102,
    391147, 592500, 443939, 350908, 471422, 369691, 599764, 526704, 941559, 731460, 554539, 921717,
    564672, 864393, 309446, 338014, 310608, 322475, 165472, 248988, 369567, 340148, 494574, 1355161,
    1116994, 18377139, 2732306, 1875387, 13067860, 2411877, 1104545, 3080811, 1134312, 3067550, 2267490, 1667533,
    3078324, 1864270, 4719970, 1162742, 3906795, 5824513, 1798386, 2169591, 1909838, 794219, 509692, 607995,
    770100, 1259152, 658965, 413275, 364480, 400603, 659320, 534831, 992546, 1055230, 627288, 439055,
    1119815, 1745020, 1964377, 454220, 280594, 286790, 907509, 329696, 364158, 966047, 193538, 297840,
    219922, 858323, 1212025, 546890, 552164, 577288, 548487, 314592, 507068, 441343, 232828, 416210,
    570547, 5250473, 537862, 3264399, 361437, 977771, 1485544, 17440826, 2755119, 677508, 931602, 1555800,
    1261029, 478697, 562551, 633131, 580690, 519149, 1376628, 536729, 715516, 550734, 959926, 582729,
    534638, 543668, 1428438, 914955, 943658, 3754480, 1494597, 544703, 667156, 353209, 423123, 600208,
    273545, 709434, 517758, 757143, 303196, 464758, 603712, 625790, 314917, 590816, 668497, 248609,
    420098, 441479, 294733, 323679, 349863, 586112, 16168773, 320905, 719120, 559348, 2202574, 1938153,
    592567, 1765404, 747051, 544791, 1402781, 332710, 1665432, 475094, 489148, 1377524, 2278704, 1284628,
    422278, 2627507, 720068, 1187910, 640360, 1660861, 1475113, 379179, 1311826, 2738261, 1325563, 909110,
    542131, 1564991, 491045, 3734109, 1032879, 2618966, 1041738, 934726, 1217866, 3274833, 268021, 11509680,
    7331951, 4312180, 1737233, 989970, 488812, 461305, 1115947, 850867, 710869, 679688, 620619, 633835,
    235553, 993753, 1237843, 698874, 733778, 1175517, 671761, 1481593, 1105431, 321216, 1370725, 2035750,
    1367505, 1741828, 1745589, 1313474, 905343, 979984, 3119461, 1416782, 744828, 1783623, 3085882, 1667887,
    1584126, 23734916, 3130516, 16490238, 6419213, 1832730, 1385394, 1102138, 2974967, 2111240, 3308713, 621002,
    516600, 342044, 515151, 317585, 534755, 523935, 626737, 530585, 250440, 135105, 231294, 797219,
    263433, 367064, 458717, 636677, 567656, 2573774, 1184451, 4281118, 1453429, 805340, 636900, 418520,
    1169633, 3059291, 660309, 1441974, 597112, 1542268, 1232157, 1756162, 2253576, 555575, 1147177, 1235685,
    1985005, 453766, 413969, 3913431, 2348209, 1986689, 1123867, 900458, 1774344, 941434, 968262, 866353,
    589643, 479077, 551185, 463906, 421628, 371774, 553852, 589232, 254730, 259580, 515945, 140058,
    255918, 255373, 334331, 412647, 640247, 430616, 1120618, 2197546, 667038, 1179316, 1189601, 1629929,
    988531, 1156773, 1186450, 3152323, 1376447, 1457762, 2032573, 1106975, 847613, 677332, 695018, 437940,
    133642, 826761, 440890, 2120024, 1922468, 2508146, 2776814, 471888, 2245149, 2314161, 854059, 2145012,
    1613827, 496803, 2722773, 3247195, 766677, 2988018, 2330946, 1358630, 4246765, 1905365, 1072395, 2671176,
    947773, 2545921, 571611, 1551716, 4304671, 1462066, 380869, 1566611, 1148564, 5534318, 9172774, 2356822,
    14762929, 17024906, 964266, 513546, 938670, 1991484, 796814, 22214560, 2873068, 11170399, 21450569, 1142557,
    596173, 1045839, 3196165, 4774865, 695705, 327913, 686658, 885235, 3601315, 845790, 1099130, 811084,
    678233, 882938, 3993424, 1210406, 1098916, 470906, 646663, 1608741, 450570, 642565, 203551, 768071,
    163852, 451810, 920800, 1111320, 475941, 526608, 533188, 498609, 999271, 377288, 2741495, 2059673,
    2398113, 5205206, 2552486, 1349165, 4869630, 4221796, 1898860, 3163867, 3690997, 8450641, 3056834, 909961,
    776048, 455959, 659163, 730343, 903489, 706044, 2232955, 2521337, 1936947, 688244, 940052, 1033882,
    416964, 474765, 321190, 372624, 556757, 3863010, 889744, 497937, 411272, 683420, 1053292, 374093,
    584237, 842257, 404076, 415395, 567617, 453276, 1733231, 699968, 797319, 718030, 2401515, 994186,
    3297883, 2294022, 780563, 809948, 720518, 1115696, 3374860, 759312, 532920, 527625, 707705, 819511,
    670384, 5947882, 755164, 5987643, 2392478, 2336408, 5358292, 3247148, 17920880, 2749773, 5090011, 3158179,
    2900146, 2227999, 1849144, 947518, 2494674, 1731905, 5011410, 1613716, 1134119, 501318, 918331, 1127856,
    523435, 578276,
];

/// Every name, concatenated in code order.
pub(super) static NAMES: &str = "\
MitteZentrumTiergarten SüdStülerstraßeGroßer TiergartenLützowstraßeKörnerstraßeRegierungsviertel\
WilhelmstraßeUnter den LindenLeipziger StraßeAlexanderplatzCharitéviertelOranienburger StraßeAlexanderplatzviertelKarl-Marx-Allee\
Heine-Viertel WestHeine-Viertel OstBrunnenstraße SüdNordbahnhofInvalidenstraßeArkonaplatzMoabitMoabit West\
HuttenkiezBeusselkiezEmdener StraßeBremer StraßeZwinglistraßeElberfelder StraßeMoabit OstStephankiez\
HeidestraßeLübecker StraßeThomasiusstraßeZillesiedlungLüneburger StraßeHansaviertelGesundbrunnenOsloer Straße\
Drontheimer StraßeKoloniestraßeSoldiner StraßeGesundbrunnenBrunnenstraße NordBrunnenstraßeHumboldthain SüdHumboldthain Nordwest\
WeddingParkviertelAfrikanische StraßeKameruner StraßeGlasgower StraßeSchillerparkLondoner StraßeWestliche Müllerstraße\
Wedding ZentrumAntonstraßeUferstraßeSchwedenstraßeNorduferSparrplatzLeopoldplatzSchulstraße\
Friedrichshain-KreuzbergKreuzberg NordSüdliche FriedrichstadtAskanischer PlatzMehringplatzAm Berlin MuseumMoritzplatzPrinzenstraße\
WassertorplatzKreuzberg SüdTempelhofer VorstadtGleisdreieckRathaus YorckstraßeViktoriaparkUrbanstraßeChamissokiez\
Graefekiez SüdGraefekiez NordKreuzberg OstNördliche LuisenstadtOranienplatzLausitzer PlatzKöpenicker StraßeSüdliche Luisenstadt\
Reichenberger Straße WestReichenberger Straße OstWrangelkiezFriedrichshain WestKarl-Marx-Allee NordBarnimkiezFriedenstraßeRichard-Sorge-Viertel\
Karl-Marx-Allee SüdAndreasviertelWeberwieseWriezener BahnhofFriedrichshain OstFrankfurter Allee NordHausburgviertelForckenbeckplatz\
SamariterviertelPettenkofer StraßeFrankfurter Allee Süd FKNiederbarnimstraßeWismarplatzTraveplatzBoxhagener PlatzRevaler Straße\
Stralauer KiezStralauer HalbinselPankowBuchBuchBucher ForstKlinikum BuchKarower Chaussee\
Nördliches PankowBlankenfelde / NiederschönhausenBlankenfeldeUhlandstraßePastor-Niemöller-PlatzHerthaplatzBuchholzNisbléstraße\
EddastraßeKrugpfuhlNördliches WeißenseeKarowKarow NordKarow BahnhofKarow OstBlankenburg / Heinersdorf / Märchenland\
BlankenburgBlankenburger SüdenHeinersdorfMärchenlandSüdliches PankowSchönholz / Wilhelmsruh / RosenthalRosenthalWilhelmsruh\
SchönholzPankow ZentrumFlorakiezParkstraßeGarbátyplatzWolfshagener StraßeSchlossparkPankow Süd\
Tiroler ViertelTrelleborger ViertelSpiekermann StraßeArnold-Zweig-StraßeKissingenviertelPankower TorSüdliches WeißenseeWeißensee\
BühringstraßeWeißer SeeWeißenseer SpitzeBehaimstraßeKomponistenviertel WeißenseeWeißensee OstRathaus WeißenseeHansastraße\
Nördlicher Prenzlauer BergPrenzlauer Berg NordwestNorweger ViertelMalmöer StraßeArnimplatzFalkplatzPrenzlauer Berg NordRodenbergstraße\
HumannplatzOstseestraßeHelmholtzplatzGethsemanekircheHelmholtzplatzSenefelderstraßePrenzlauer Berg OstMichelangelostraße\
Volkspark Prenzlauer BergAnton-Saefkow-ParkVelodromAlter SchlachthofSüdlicher Prenzlauer BergPrenzlauer Berg SüdwestTeutoburger PlatzSredzkistraße\
KollwitzplatzPrenzlauer Berg SüdThälmannparkChristburger StraßeImmanuelkirchstraßeBötzowstraßeCharlottenburg-WilmersdorfCharlottenburg Nord\
Charlottenburg NordJungfernheide/PlötzenseePaul-Hertz-SiedlungCharlottenburg WestHeerstraßeOlympiageländeAngerburger AlleeFlatowallee\
KranzalleeEichkampWestendBranitzer PlatzNeu WestendFürstenplatzKönigin-Elisabeth-StraßeCharlottenburg Zentrum\
Schloss CharlottenburgSchlossgartenKlausenerplatzSchloßstraßeLietzenseeAmtsgerichtsplatzMierendorffplatzTegeler Weg\
Kaiserin-Augusta-AlleeOtto-Suhr-Allee / KantstraßeAlt-LietzowSpreestadtRichard-Wagner-StraßeErnst-Reuter-PlatzKarl-August-PlatzSavignyplatz\
Wilmersdorf SüdGrunewaldGüterbahnhof GrunewaldBismarckalleeFlinsberger PlatzHagenplatzHundekehleSchmargendorf\
ForckenbeckstraßeMesselparkBreite StraßeSchlangenbader StraßeBinger StraßeRüdesheimer PlatzWilmersdorf ZentrumHalensee\
DroysenstraßeHalenseeHochmeisterplatzEisenzahnstraßeLietzenburger StraßeHindemithplatzGeorge-Grosz-PlatzBreitscheidplatz\
PreußenparkLudwigkirchplatzSchaperstraßeVolkspark WilmersdorfBarstraßeLeon-Jessel-PlatzBrabanter PlatzNikolsburger Platz\
WilhelmsaueHildegardstraßePrager PlatzBabelsberger StraßeSpandauSpandau Mitte / NordHakenfeldeHakenfelde Nord\
Am ForstackerMertensstraßeMaselakeAmorbacher WegFalkenhagener FeldGriesingerstraßeAn der TränkeIm Spektefeld\
WesterwaldstraßeGermersheimer PlatzAn der KappeSpandau MitteEckschanzeEiswerderKurstraßeAckerstraße\
Carl-Schurz-StraßeFreiheitWilhelmstadt / StaakenBrunsbütteler DammIsenburger WegAm HeidebergStaakener StraßeSpandauer Straße\
WerkstraßeMagistratswegHeerstraßeDöberitzer WegPillnitzer WegRudolf-Wissell-GroßsiedlungMaulbeeralleeWeinmeisterhornweg\
WilhelmstadtBorkumer StraßeWilhelmstadt WestWilhelmstadt OstTiefwerderGraetschelsteigBörnicker StraßeHaselhorst / Siemensstadt\
HaselhorstHaveleckZitadellenwegGartenfelder StraßeSiemensstadtGartenfeldRohrdammNonnendammallee\
SiemensdammGatow / KladowGatow / KladowAlt-GatowJägeralleeKladower DammKafkastraßeSteglitz-Zehlendorf\
SteglitzSchloßstraßeFichtenbergSchloßstraßeMarkelstraßeAlbrechtstraßeMunsterdammSüdende\
StadtparkMittelstraßeBergstraßeFeuerbachstraßeBismarckstraßeLankwitz / Lichterfelde OstLankwitzAlt-Lankwitz\
Komponistenviertel LankwitzLankwitz KircheKaiser-Wilhelm-StraßeGallwitzalleeBelßstraßeLankwitz SüdOstpreußendammLandweg\
ThermometersiedlungLichterfelde SüdKönigsberger StraßeOberhofer PlatzSchütte-Lanz-StraßeZehlendorf Süd / Lichterfelde WestTeltower DammBerlepschstraße\
Zehlendorf SüdZehlendorf MitteSundgauer StraßeTeltower DammDrakestraßeBotanischer GartenHindenburgdammGoerzwerke\
Schweizer ViertelAugustaplatzLichterfelde WestZehlendorf Nord / WannseeZehlendorf SüdwestWannseeDüppelNikolassee\
Zehlendorf NordKrumme LankeFischerhüttenstraßeFischtalZehlendorf EicheHüttenwegThielalleeDahlem\
Tempelhof-SchönebergSchöneberg NordSchöneberg NordwestWittenbergplatzKalckreuthstraßeFrobenstraßeSchöneberg NordostBarbarossaplatz\
AlvenslebenstraßeGroßgörschenstraßeSchöneberg SüdSchöneberg SüdwestBayerischer PlatzVolkspark (Rudolph-Wilde-Park)Schöneberg SüdostBelziger Straße\
FeurigstraßeJulius-Leber-BrückeSchöneberger LinseCheruskerstraßeHohenfriedbergstraßeFriedenauFriedenau WestTaunusstraße\
OdenwaldstraßePerelsplatzFriedenau OstCeciliengärtenGrazer PlatzTempelhofTempelhof NordGontermannstraße\
ParadestraßeTempelhof SüdwestLindenhofsiedlungWittekindstraßeBoseparkFriedrich-Karl-StraßeMarienhöheTempelhof Südost\
Rathaus TempelhofGermaniagartenMariendorfMariendorf NordRingstraßeMachonstraßeEisenacher StraßeImbrosweg\
Mariendorf SüdFritz-Werner-StraßeHundsteinwegBirnhornwegMarienfelde / LichtenradeMarienfelde NordMarienfelder Allee NordwestKirchstraße\
Marienfelde NordostMarienfelde SüdTirschenreuther Ring WestTirschenreuther Ring OstDiedersdorfer WegLichtenrade NordKettinger StraßeTöpchiner Weg\
Lichtenrade SüdJohn-Locke-StraßeNahariyastraßeFranziuswegHorstwalder StraßeWittelsbacherstraßeNeuköllnNeukölln\
SchillerpromenadeHasenheideSchillerpromenade NordSchillerpromenade SüdWartheplatzSilbersteinstraßeNeuköllner Mitte / ZentrumFlughafenstraße\
RollbergKörnerparkGlasower StraßeReuterstraßeMaybachuferReuterplatzWeichselplatzBouchéstraße\
DonaustraßeRixdorfGanghoferstraßeAlt-RixdorfBraunschweiger StraßeHertzbergplatzTreptower Straße NordKöllnische Heide\
Weiße SiedlungSchulenburgparkBritz / BuckowBritz NordJahnstraßePark am BuschkrugTempelhofer WegBritz\
Mohriner Allee NordHufeisensiedlungParchimer Allee SüdOrtolanwegBritzer GartenHandwerker-SiedlungBuckowBuckow West\
Buckow MitteBuckow OstGropiusstadtGropiusstadt WestGropiusstadt Nord-WestGropiusstadt Süd-WestGropiusstadt OstGropiusstadt Mitte\
Gropiusstadt Süd-OstBuckow Nord / RudowBuckow NordGoldhähnchenwegVogelviertel SüdVogelviertel NordRudowBlumenviertel\
Zittauer StraßeAlt-RudowWaßmannsdorfer ChausseeFrauenviertelWaltersdorfer Chaussee OstTreptow-KöpenickTreptow-Köpenick 1Alt-Treptow\
Alt-TreptowPlänterwaldPlänterwald WestPlänterwald OstBaumschulenwegBaumschulenweg WestBaumschulenweg OstSpäthsfelde\
JohannisthalJohannisthal WestJohannisthal OstLandschaftspark AdlershofTreptow-Köpenick 2OberschöneweideHelmholtz-KiezGriechischer Park\
WuhlheideNiederschöneweideBahnhof SchöneweideOberspreeAdlershofWistaDörpfeldstraße WestDörpfeldstraße Ost\
Köllnische Vorstadt / SpindlersfeldSpindlersfeldKöllnische VorstadtTreptow-Köpenick 3AltglienickeDorf AltglienickePreußen SiedlungKosmos Viertel\
Kölner ViertelBohnsdorfFalkenbergAlt-BohnsdorfGrünauGrünauSchmöckwitzKarolinenhof\
Schmöckwitz/RauchfangswerderTreptow-Köpenick 4Köpenick SüdKietzer Feld/NachtheideWendenschloßAllende-ViertelAllende ISiedlung Kämmereiheide\
Allende IIAltstadt KöpenickAltstadt KöpenickMüggelheimMüggelheimTreptow-Köpenick 5FriedrichshagenHirschgarten\
Alt-FriedrichshagenRahnsdorfRahnsdorfDammvorstadtBahnhofstraßeGüterbahnhof KöpenickFriedrichshagener StraßeKöpenick Nord\
MittelheideDammheideMarzahn-HellersdorfMarzahnMarzahn NordMarzahn WestRosenbecker StraßeWittenberger Straße\
Golliner StraßeMarzahn MitteGewerbegebiet Bitterfelder StraßeWuhletalstraßeAhrensfelder BergeBürgerparkLea-Grundig-StraßeMarzahner Promenade\
Marzahn SüdMarzahner ChausseeSpringpfuhlAlt-MarzahnAuersbergstraßeBärensteinLandsberger TorHellersdorf\
Hellersdorf NordZossener StraßeKyritzer StraßeHavelländer RingGut HellersdorfHelle MitteHellersdorfer PromenadeBöhlener Straße\
Hellersdorf OstAdele-Sandrock-StraßeSchleipfuhlBoulevard KastanienalleeHellersdorf SüdAm KienbergNeue Grottkauer StraßeTeterower Ring\
CecilienplatzBiesdorfBiesdorfOberfeldstraßeBuckower RingAlt-BiesdorfBiesdorf SüdKaulsdorf / Mahlsdorf\
KaulsdorfKaulsdorf NordAlt-KaulsdorfKaulsdorf SüdMahlsdorfMahlsdorf NordAlt-MahlsdorfElsensee\
Pilgramer StraßeLichtenbergHohenschönhausen NordMalchow, Wartenberg und FalkenbergDörfer Malchow-WartenbergDorf FalkenbergNeu-Hohenschönhausen NordFalkenberg Ost\
Falkenberg WestWartenberg SüdWartenberg NordNeu-Hohenschönhausen SüdZingster Straße OstZingster Straße WestMühlengrundHohenschönhausen Süd\
Alt-Hohenschönhausen NordMalchower WegHauptstraßeAlt-Hohenschönhausen SüdOrankeseeGroße-Leege-StraßeLandsberger AlleeWeiße Taube\
Lichtenberg NordFennpfuhlHohenschönhausener StraßeFennpfuhlparkStorkower BogenRudolf-Seiffert-ParkFennpfuhl OstAlt-Lichtenberg\
HerzbergstraßeRathaus LichtenbergBornitzstraßeRoedeliusplatzNibelungenviertelFrankfurter Allee SüdFrankfurter Allee SüdLichtenberg Mitte\
Neu-LichtenbergVictoriastadtNöldnerplatzWeitlingkiezZachertstraßeMassower StraßeFriedrichsfelde NordRosenfelder Ring\
Gensinger StraßeTierparkFriedrichsfelde SüdDolgenseestraßeVolkradstraßeErieseeringLichtenberg SüdRummelsburger Bucht\
RummelsburgKarlshorstKarlshorst WestKarlshorst NordKarlshorst SüdReinickendorfReinickendorf OstOst 1 -Reginhardstraße\
LetteplatzHausotterplatzBreitkopfbeckenOst 2 - Alt-ReinickendorfSchäferseeTeichstraßeHumboldtstraßeTegel\
West 4 - Auguste-Viktoria-AlleeReinickes HofMellerbogenScharnweberstraßeKlixstraßeWest 1 - Tegel-Süd/FlughafenseeSchumacher-QuartierWaldidyll/Flughafensee\
Tegel SüdTXLWest 5 - TegelAlt-TegelGrüner NordenWest 2 - Heiligensee / KonradshöheKonradshöhe/TegelortAlt-Heiligensee\
Heiligensee NordHeiligenseeNord 1 - Frohnau / HermsdorfFrohnau WestFrohnau OstHermsdorf WestHermsdorf Ost/WaldseeWittenau / Borsigwalde\
West 3 - Borsigwalde / Freie ScholleZiekowstraße/Freie ScholleBorsigwaldeNord 2 - Waidmannslust / Wittenau / LübarsWittenau SüdWittenau NordWaidmannslustLübars\
Wittenau MitteMärkisches ViertelRollbergesiedlungLübarser StraßeRollbergesiedlungMV NordTreuenbrietzener StraßeMärkisches Zentrum\
MV SüdDannenwalder WegSchorfheidestraße\
";
