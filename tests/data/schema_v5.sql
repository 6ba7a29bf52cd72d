-- A database written by angka's schema version 5 (commit 1610b4b), dumped with
-- 'sqlite3 v5.db .dump'. story.txt is samples/003 and other.txt samples/001,
-- ingested and reviewed: accept 518.632 (figure 6), reject 53% (14), correct
-- 1.312.370 to 1312371 (7), accept then undo 239.430 (16).
-- tests/e2e/test_migrate.sh checks that opening it adds the context flag (0 for
-- every figure: there were no context figures before version 6) and loses nothing.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT,
  site TEXT,
  canonical_url TEXT,
  author TEXT,
  published TEXT,
  published_approx INTEGER NOT NULL DEFAULT 0
    CONSTRAINT article_published_approx CHECK (published_approx IN (0, 1)),
  dateline_place TEXT,
  text TEXT NOT NULL,
  rules_version TEXT,
  ingested_at TEXT NOT NULL
, superseded_by INTEGER
  REFERENCES articles(id) ON DELETE SET NULL, superseded_at TEXT);
INSERT INTO articles VALUES(1,'9407ef8eb0831d2d8e7c16b414070bc3b9b6783ae9f6d011abe0952f4b74dda7','BPJS Ketenagakerjaan dan Pemprov Jambi Kolaborasi Lindungi Pekerja Rentan',NULL,NULL,'Rizki Amalia','2026-09-06',1,'Jambi',replace('BPJS Ketenagakerjaan dan Pemprov Jambi Kolaborasi Lindungi Pekerja Rentan\n\nKBRN,Jambi: BPJS Ketenagakerjaan besama Pemerintah Provinsi Jambi menggelar Rapat Koordinasi Universal Coverage Jamsostek (UCJ) tahun 2024 yang berfokus pada perlindungan pekerja melalui Dana Bagi Hasil (DBH) Sawit dan pekerja rentan. Rapat ini dihadiri oleh Wakil Gubernur Jambi, Abdullah Sani, Kepala Dinas Perkebunan, Kepala Dinas Tenaga Kerja dan Transmigrasi, serta kepala OPD dari kabupaten dan kota se-Provinsi Jambi.\n\nDalam sambutannya, Wakil Gubernur Jambi Abdullah Sani menekankan pentingnya rapat koordinasi ini dalam rangka mewujudkan perlindungan jaminan sosial bagi seluruh masyarakat di Provinsi Jambi, khususnya bagi mereka yang tergolong miskin ekstrem.\n\n"Apa yang kita lakukan hari ini misinya adalah demi kebaikan bersama, yaitu terciptanya perlindungan jaminan sosial bagi masyarakat yang ada di Provinsi Jambi," katanya.\n\nRapat ini dinilai sangat penting untuk menghasilkan kesepakatan bersama dalam rangka memastikan seluruh masyarakat di Provinsi Jambi mendapatkan perlindungan melalui program BPJS Ketenagakerjaan.\n\n“Pada intinya semua yang dilakukan hari ini Insya Allah akan dicatatkan sebagai nilai ibadah di sisi Allah SWT,” imbuhnya.\n\nDalam kesempatan ini, Kepala Kantor Wilayah Sumbagsel BPJS Ketenagakerjaan, Muhyidin menekankan bahwa pertemuan ini sangat strategis karena bertujuan untuk memastikan bahwa seluruh pekerja, baik di sektor formal maupun informal, terlindungi dalam program BPJS Ketenagakerjaan.\n\n"Kami sebagai penyelenggara yang ditunjuk oleh pemerintah harus memberikan pelayanan sebaik-baiknya kepada peserta," tegas Muhyidin.\n\nHingga saat ini, sebanyak 25.474 orang di Provinsi Jambi telah menerima manfaat jaminan sosial ketenagakerjaan dengan total nominal sebesar Rp 339 miliar. Selain itu, BPJS Ketenagakerjaan juga telah memberikan beasiswa kepada 810 anak yang kehilangan orang tua, dengan total pembayaran sebesar 3,5 miliar rupiah.\n\nMelalui rapat koordinasi ini, diharapkan sinergi antara pemerintah daerah dan BPJS Ketenagakerjaan semakin kuat dalam upaya melindungi masyarakat, khususnya perangkat desa dan pekerja rentan, agar mereka terlindungi dalam program BPJS Ketenagakerjaan.\n\nSementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,52%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024. Meskipun sudah ada peningkatan, tingkat perlindungan ini masih tergolong rendah di sebagian besar kabupaten/kota.\n\nDari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja. Kota Jambi mengikuti dengan realisasi 48,64%. Namun, beberapa kabupaten seperti Tanjung Jabung Timur dan Tebo memiliki tingkat coverage yang jauh lebih rendah, masing-masing 26,66% dan 31,49%.\n\n“BPJS Ketenagakerjaan Provinsi Jambi menargetkan peningkatan coverage menjadi 53% pada akhir tahun 2024, dengan jumlah peserta yang diharapkan mencapai 695.556 orang. Upaya untuk mencapai target ini melibatkan peningkatan kesadaran dan partisipasi pekerja di sektor formal dan informal, serta sinergi yang lebih kuat dengan pemerintah daerah,” sebut Seto.\n\nProvinsi Jambi terus didorong untuk menjadi contoh positif dalam hal perlindungan sosial bagi pekerja, khususnya di kalangan masyarakat rentan dan miskin ekstrem. Upaya kolaboratif antara BPJS Ketenagakerjaan dan pemerintah daerah diharapkan mampu memperluas jangkauan perlindungan sosial di seluruh kabupaten/kota dalam provinsi ini.','\n',char(10)),'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc','2026-12-06T19:22:14.516Z',NULL,NULL);
INSERT INTO articles VALUES(2,'3d97facd22b4464ac553c4746ec3939e2d1b9c93e572d9a354fa1bcec98c385f','Pemprov Kalteng Bersama BPJS Ketenagakerjaan Upayakan Optimalisasi Perlindungan Jaminan Sosial Bagi Para Pekerja',NULL,NULL,NULL,'2022-07-06',0,NULL,replace('Pemprov Kalteng Bersama BPJS Ketenagakerjaan Upayakan Optimalisasi Perlindungan Jaminan Sosial Bagi Para Pekerja\n\nPemerintah Provinsi Kalimantan Tengah (Pemprov Kalteng) telah menerbitkan Peraturan Gubernur (Pergub) Nomor 3 Tahun 2022 tentang Pelaksanaan Kewajiban Kepesertaan Program Jaminan Sosial Ketenagakerjaan di Wilayah Provinsi Kalimantan Tengah, untuk memberikan kepastian perlindungan kesejahteraan sosial bagi para tenaga kerja.\n\nBerkenaan dengan hal tersebut, Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan bersama Pemprov Kalteng menggelar kegiatan Focus Group Discussion (FGD) “Optimalisasi Jaminan Sosial Ketenagakerjaan di Wilayah Provinsi Kalimantan Tengah”, bertempat di Hotel Best Western, Kota Palangka Raya, pada Rabu pagi, 6 Juli 2022.\n\nKegiatan FGD tersebut dibuka oleh Staf Ahli Gubernur Bidang Kemasyarakatan dan Sumber Daya Manusia (Sahli KSDM) Suhaemi, mewakili Sekretaris Daerah Nuryakin. Pertemuan ini dihadiri oleh Kepala BPJS Ketenagakerjaan Cabang Palangka Raya Budi Wahyudi dan Kepala Bidang Pengawasan Ketenagakerjaan Dinas Tenaga Kerja dan Transmigrasi Provinsi Andi Jairin.\n\n”Hari ini kita akan melakukan kegiatan Focus Group Discussion untuk membahas optimalisasi penerapan perlindungan jaminan sosial ketenagakerjaan sesuai aturan yang telah ditetapkan serta perkembangan pelaksanaan jaminan sosial ketenagakerjaan yang berada di wilayah Provinsi Kalimantan Tengah saat ini," kata Sahli KSDM Suhaemi.\n\nDiterbitkannya Pergub Kalteng 3/2022 itu dimaksudkan untuk mendukung terlaksananya UU 40/2004 tentang Sistem Jaminan Sosial Nasional dan UU 24/2011 tentang Badan Penyelenggara Jaminan Sosial Ketenagakerjaan, serta sejalan dengan Instruksi Presiden Nomor 2 Tahun 2021 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan.\n\nDikemukakan pula oleh Sahli KSDM Suhaemi, kegiatan FGD ini diharapkan dapat mendorong Pemprov Kalteng bersama BPJS Ketenagakerjaan dan stakeholders terkait agar semakin optimal dalam memberikan pelayanan yang terbaik bagi perlindungan dan kesejahteraan tenaga kerja yang ada di wilayah Kalimantan Tengah.\n\nBerdasarkan data BPJS Ketenagakerjaan, jumlah coverage kepesertaan Provinsi Kalimantan Tengah pada sektor Penerima Upah sebesar 239.430 tenaga kerja atau sekitar 53,57% dibandingkan jumlah angkatan kerja diluar (ASN, TNI, POLRI) dan sektor Bukan Penerima Upah sebesar 39.286 tenaga kerja atau sekitar 8,5% dari pekerja informal.\n\n”Di sinilah wujud kehadiran negara. Ketika warga negaranya mengalami resiko sosial, negara turut hadir di sana, untuk meringankan beban warga negaranya melalui program BPJS Ketenagakerjaan”, pungkas Kepala BPJS Ketenagakerjaan Cabang Palangka Raya Budi Wahyudi.','\n',char(10)),'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc','2026-12-06T19:22:14.516Z',NULL,NULL);
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  location TEXT NOT NULL,
  fetched_at TEXT,
  first_seen TEXT NOT NULL,
  UNIQUE (article_id, location)
);
INSERT INTO sources VALUES(1,1,'story.txt','2026-12-06T19:22:14Z','2026-12-06T19:22:14.516Z');
INSERT INTO sources VALUES(2,2,'other.txt','2026-12-06T19:22:14Z','2026-12-06T19:22:14.516Z');
CREATE TABLE source_status (
  location TEXT PRIMARY KEY,
  kind TEXT NOT NULL CONSTRAINT source_kind CHECK (kind IN ('page', 'feed', 'file')),
  status TEXT NOT NULL CONSTRAINT source_status_value CHECK (status IN (
    'ok', 'not_modified', 'failed', 'disallowed')),
  http_code INTEGER,
  etag TEXT,
  last_modified TEXT,
  content_type TEXT,
  article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
  feed TEXT,
  last_fetch TEXT NOT NULL,
  last_success TEXT,
  last_error TEXT,
  failures INTEGER NOT NULL DEFAULT 0
);
INSERT INTO source_status VALUES('story.txt','file','ok',NULL,NULL,NULL,NULL,1,NULL,'2026-12-06T19:22:14.516Z','2026-12-06T19:22:14.516Z',NULL,0);
INSERT INTO source_status VALUES('other.txt','file','ok',NULL,NULL,NULL,NULL,2,NULL,'2026-12-06T19:22:14.516Z','2026-12-06T19:22:14.516Z',NULL,0);
CREATE TABLE feed_items (
  feed TEXT NOT NULL,
  link TEXT NOT NULL,
  title TEXT,
  published TEXT,
  first_seen TEXT NOT NULL,
  PRIMARY KEY (feed, link)
);
CREATE TABLE IF NOT EXISTS "reviews" (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_byte INTEGER NOT NULL,
  end_byte INTEGER NOT NULL,
  value REAL NOT NULL,
  region TEXT,
  figure_id INTEGER,
  decision TEXT NOT NULL CONSTRAINT review_decision CHECK (decision IN (
    'accept', 'reject', 'correct', 'undo')),
  corrected_value REAL,
  corrected_decimals INTEGER,
  note TEXT,
  reviewer TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  undoes INTEGER REFERENCES reviews(id) ON DELETE CASCADE,
  carried_from INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
  CONSTRAINT review_correction CHECK (
    (decision = 'correct') = (corrected_value IS NOT NULL)),
  CONSTRAINT review_undo CHECK ((decision = 'undo') = (undoes IS NOT NULL))
);
INSERT INTO reviews VALUES(1,1,2406,2413,518632.0,'Jambi',6,'accept',NULL,NULL,NULL,'ana','2026-12-06T19:22:18.656Z',NULL,NULL);
INSERT INTO reviews VALUES(2,1,3048,3051,53.0,'Jambi',14,'reject',NULL,NULL,'a target','budi','2026-12-06T19:22:18.729Z',NULL,NULL);
INSERT INTO reviews VALUES(3,1,2427,2436,1312370.0,'Jambi',7,'correct',1312371.0,0,NULL,'citra','2026-12-06T19:22:18.797Z',NULL,NULL);
INSERT INTO reviews VALUES(4,2,2232,2239,239430.0,'Kalimantan Tengah',16,'accept',NULL,NULL,NULL,'ana','2026-12-06T19:22:18.882Z',NULL,NULL);
INSERT INTO reviews VALUES(5,2,2232,2239,239430.0,'Kalimantan Tengah',16,'undo',NULL,NULL,NULL,'ana','2026-12-06T19:22:18.943Z',4,NULL);
CREATE TABLE IF NOT EXISTS "extracted_figures" (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  region TEXT,
  region_code TEXT,
  domain TEXT NOT NULL,
  metric TEXT NOT NULL,
  segment TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT NOT NULL CONSTRAINT figure_unit CHECK (unit IN (
    'persons', 'percent', 'IDR', 'cases')),
  approx INTEGER NOT NULL CONSTRAINT figure_approx CHECK (approx IN (0, 1)),
  as_of TEXT,
  text TEXT NOT NULL,
  sentence TEXT NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte INTEGER NOT NULL,
  rule TEXT NOT NULL,
  decimals INTEGER NOT NULL,
  value_low REAL,
  value_high REAL,
  rules_version TEXT,
  programme TEXT,
  CONSTRAINT figure_span CHECK (start_byte >= 0 AND end_byte >= start_byte)
);
INSERT INTO extracted_figures VALUES(1,1,'Jambi','15','bpjs-tk','beneficiaries','all',25474.0,'persons',0,'2024-08','25.474','Hingga saat ini, sebanyak 25.474 orang di Provinsi Jambi telah menerima manfaat jaminan sosial ketenagakerjaan dengan total nominal sebesar Rp 339 miliar.',1681,1687,'cue.benefit',0,25473.499999999999999,25474.499999999999999,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(2,1,'Jambi','15','bpjs-tk','benefit_amount_idr','all',339000000000.0,'IDR',0,'2024-08','Rp 339 miliar','Hingga saat ini, sebanyak 25.474 orang di Provinsi Jambi telah menerima manfaat jaminan sosial ketenagakerjaan dengan total nominal sebesar Rp 339 miliar.',1795,1808,'cue.benefit',0,338500000000.0,339500000000.0,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(3,1,'Jambi','15','bpjs-tk','scholarship_recipients','all',810.0,'persons',0,'2024','810','Selain itu, BPJS Ketenagakerjaan juga telah memberikan beasiswa kepada 810 anak yang kehilangan orang tua, dengan total pembayaran sebesar 3,5 miliar rupiah.',1881,1884,'cue.scholarship',0,809.50000000000000002,810.49999999999999995,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc','beasiswa');
INSERT INTO extracted_figures VALUES(4,1,'Jambi','15','bpjs-tk','scholarship_amount_idr','all',3500000000.0,'IDR',0,'2024','3,5 miliar rupiah','Selain itu, BPJS Ketenagakerjaan juga telah memberikan beasiswa kepada 810 anak yang kehilangan orang tua, dengan total pembayaran sebesar 3,5 miliar rupiah.',1949,1966,'cue.benefit',1,3450000000.0,3550000000.0,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc','beasiswa');
INSERT INTO extracted_figures VALUES(5,1,'Jambi','15','bpjs-tk','coverage_pct','all',39.520000000000003125,'percent',0,'2024-08-12','39,52%','Sementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,52%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024.',2385,2391,'cue.covered',2,39.515000000000000568,39.525000000000005684,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(6,1,'Jambi','15','bpjs-tk','participants','all',518632.0,'persons',0,'2024-08-12','518.632','Sementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,52%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024.',2406,2413,'cue.covered',0,518631.50000000000001,518632.50000000000001,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(7,1,'Jambi','15','bpjs-tk','eligible_workers','all',1312370.0,'persons',0,'2024-08-12','1.312.370','Sementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,52%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024.',2427,2436,'template.base',0,1312369.5,1312370.5,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(8,1,'Kabupaten Batanghari','15.04','bpjs-tk','coverage_pct','all',50.710000000000000851,'percent',0,'2024-08-12','50,71%','Dari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja.',2715,2721,'cue.covered',2,50.704999999999998292,50.71500000000000341,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(9,1,'Kabupaten Batanghari','15.04','bpjs-tk','participants','all',49803.0,'persons',0,'2024-08-12','49.803','Dari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja.',2730,2736,'cue.covered',0,49802.499999999999998,49803.5,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(10,1,'Kabupaten Batanghari','15.04','bpjs-tk','eligible_workers','all',98206.0,'persons',0,'2024-08-12','98.206','Dari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja.',2758,2764,'template.base',0,98205.499999999999998,98206.500000000000001,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(11,1,'Kota Jambi','15.71','bpjs-tk','coverage_pct','all',48.64000000000000057,'percent',0,'2024-08-12','48,64%','Kota Jambi mengikuti dengan realisasi 48,64%.',2812,2818,'cue.covered',2,48.634999999999998011,48.645000000000003124,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(12,1,'Kabupaten Tanjung Jabung Timur','15.07','bpjs-tk','coverage_pct','all',26.660000000000000142,'percent',0,'2024-08-12','26,66%','Namun, beberapa kabupaten seperti Tanjung Jabung Timur dan Tebo memiliki tingkat coverage yang jauh lebih rendah, masing-masing 26,66% dan 31,49%.',2948,2954,'cue.covered',2,26.655000000000001136,26.664999999999999147,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(13,1,'Kabupaten Tebo','15.09','bpjs-tk','coverage_pct','all',31.489999999999998437,'percent',0,'2024-08-12','31,49%','Namun, beberapa kabupaten seperti Tanjung Jabung Timur dan Tebo memiliki tingkat coverage yang jauh lebih rendah, masing-masing 26,66% dan 31,49%.',2959,2965,'cue.covered',2,31.484999999999999432,31.494999999999997442,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(14,1,'Jambi','15','bpjs-tk','target_coverage_pct','all',53.0,'percent',0,'2024','53%','“BPJS Ketenagakerjaan Provinsi Jambi menargetkan peningkatan coverage menjadi 53% pada akhir tahun 2024, dengan jumlah peserta yang diharapkan mencapai 695.556 orang.',3048,3051,'cue.target',0,52.5,53.499999999999999999,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(15,1,'Jambi','15','bpjs-tk','target_participants','all',695556.0,'persons',0,'2024','695.556','“BPJS Ketenagakerjaan Provinsi Jambi menargetkan peningkatan coverage menjadi 53% pada akhir tahun 2024, dengan jumlah peserta yang diharapkan mencapai 695.556 orang.',3122,3129,'cue.target',0,695555.49999999999998,695556.49999999999998,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(16,2,'Kalimantan Tengah','62','bpjs-tk','participants','PU',239430.0,'persons',0,'2022-07-06','239.430','Berdasarkan data BPJS Ketenagakerjaan, jumlah coverage kepesertaan Provinsi Kalimantan Tengah pada sektor Penerima Upah sebesar 239.430 tenaga kerja atau sekitar 53,57% dibandingkan jumlah angkatan kerja diluar (ASN, TNI, POLRI) dan sektor Bukan Penerima Upah sebesar 39.286 tenaga kerja atau sekitar 8,5% dari pekerja informal.',2232,2239,'cue.covered',0,239429.5,239430.49999999999998,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(17,2,'Kalimantan Tengah','62','bpjs-tk','coverage_pct','PU',53.570000000000000282,'percent',1,'2022-07-06','53,57%','Berdasarkan data BPJS Ketenagakerjaan, jumlah coverage kepesertaan Provinsi Kalimantan Tengah pada sektor Penerima Upah sebesar 239.430 tenaga kerja atau sekitar 53,57% dibandingkan jumlah angkatan kerja diluar (ASN, TNI, POLRI) dan sektor Bukan Penerima Upah sebesar 39.286 tenaga kerja atau sekitar 8,5% dari pekerja informal.',2266,2272,'cue.covered',2,53.564999999999997727,53.575000000000002841,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(18,2,'Kalimantan Tengah','62','bpjs-tk','participants','BPU',39286.0,'persons',0,'2022-07-06','39.286','Berdasarkan data BPJS Ketenagakerjaan, jumlah coverage kepesertaan Provinsi Kalimantan Tengah pada sektor Penerima Upah sebesar 239.430 tenaga kerja atau sekitar 53,57% dibandingkan jumlah angkatan kerja diluar (ASN, TNI, POLRI) dan sektor Bukan Penerima Upah sebesar 39.286 tenaga kerja atau sekitar 8,5% dari pekerja informal.',2372,2378,'cue.covered',0,39285.499999999999999,39286.499999999999999,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
INSERT INTO extracted_figures VALUES(19,2,'Kalimantan Tengah','62','bpjs-tk','coverage_pct','BPU',8.5,'percent',1,'2022-07-06','8,5%','Berdasarkan data BPJS Ketenagakerjaan, jumlah coverage kepesertaan Provinsi Kalimantan Tengah pada sektor Penerima Upah sebesar 239.430 tenaga kerja atau sekitar 53,57% dibandingkan jumlah angkatan kerja diluar (ASN, TNI, POLRI) dan sektor Bukan Penerima Upah sebesar 39.286 tenaga kerja atau sekitar 8,5% dari pekerja informal.',2405,2409,'cue.covered',1,8.4499999999999992894,8.5500000000000007105,'33035307b1863df6b136cea0af70b3d07c155ed6761b9c0d4e36edbfd646a6fc',NULL);
CREATE INDEX sources_location ON sources(location);
CREATE INDEX articles_superseded_by ON articles(superseded_by);
CREATE INDEX sources_article ON sources(article_id);
CREATE INDEX reviews_figure ON reviews(article_id, start_byte, end_byte, value);
CREATE INDEX reviews_undoes ON reviews(undoes);
CREATE INDEX reviews_carried_from ON reviews(carried_from);
CREATE TRIGGER reviews_are_history BEFORE UPDATE OF id, article_id, start_byte,
  end_byte, value, region, figure_id, decision, corrected_value,
  corrected_decimals, note, reviewer, decided_at, undoes ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews are history: add a decision instead'); END;
CREATE INDEX extracted_figures_article ON extracted_figures(article_id);
CREATE VIEW figures AS
SELECT f.id AS id,
       f.article_id AS article_id,
       (SELECT s.location FROM sources s WHERE s.article_id = a.id
         ORDER BY s.id LIMIT 1) AS source,
       a.title AS article_title,
       a.published AS published,
       f.region AS region,
       f.region_code AS region_code,
       f.domain AS domain,
       f.metric AS metric,
       f.segment AS segment,
       f.value AS value,
       f.unit AS unit,
       f.programme AS programme,
       f.approx AS approx,
       f.as_of AS as_of,
       f.text AS text,
       f.sentence AS sentence,
       f.start_byte AS start,
       f.end_byte AS "end",
       f.rule AS rule,
       a.superseded_by AS superseded_by
FROM extracted_figures f JOIN articles a ON a.id = f.article_id;
CREATE VIEW latest_reviews AS
SELECT f.id AS figure_id,
       r.id AS review_id,
       r.decision AS decision,
       r.corrected_value AS corrected_value,
       r.corrected_decimals AS corrected_decimals,
       r.note AS note,
       r.reviewer AS reviewer,
       r.decided_at AS decided_at
FROM extracted_figures f JOIN reviews r
  ON r.article_id = f.article_id AND r.start_byte = f.start_byte
 AND r.end_byte = f.end_byte AND r.value = f.value AND r.region IS f.region
WHERE r.id = (SELECT max(r2.id) FROM reviews r2
  WHERE r2.article_id = f.article_id AND r2.start_byte = f.start_byte
    AND r2.end_byte = f.end_byte AND r2.value = f.value
    AND r2.region IS f.region AND r2.decision <> 'undo'
    AND NOT EXISTS (SELECT 1 FROM reviews u WHERE u.undoes = r2.id));
CREATE VIEW curated_figures AS
SELECT v.id AS id,
       v.article_id AS article_id,
       v.source AS source,
       a.canonical_url AS canonical_url,
       v.article_title AS article_title,
       v.published AS published,
       v.region AS region,
       v.region_code AS region_code,
       v.domain AS domain,
       v.metric AS metric,
       v.segment AS segment,
       coalesce(l.corrected_value, v.value) AS value,
       v.value AS extracted_value,
       v.unit AS unit,
       v.programme AS programme,
       v.approx AS approx,
       v.as_of AS as_of,
       v.text AS text,
       v.sentence AS sentence,
       v.start AS start,
       v."end" AS "end",
       v.rule AS rule,
       e.rules_version AS rules_version,
       l.decision AS decision,
       l.note AS note,
       l.reviewer AS reviewer,
       l.decided_at AS decided_at
FROM figures v
JOIN extracted_figures e ON e.id = v.id
JOIN articles a ON a.id = v.article_id
JOIN latest_reviews l ON l.figure_id = v.id
WHERE l.decision IN ('accept', 'correct') AND a.superseded_by IS NULL;
COMMIT;
PRAGMA user_version = 5;
