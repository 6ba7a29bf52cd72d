-- A database written by angka's schema version 3 (commit 88604a9), dumped with
-- 'sqlite3 v3.db .dump'. story.txt is samples/003 with a typo (39,25% for 39,52%),
-- ingested and reviewed (accept 518.632, reject 39,25%, accept then correct
-- 1.312.370), then ingested again with the typo fixed: version 3 kept both as
-- separate articles. other.txt is samples/001 with one accepted figure.
-- tests/e2e/test_migrate.sh checks that opening it marks the first story.txt as
-- superseded, carries the decisions on its unchanged figures over, and loses nothing.
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
);
INSERT INTO articles VALUES(1,'06e50084d963a29019558f71047dad0c8b9feb472cd05ab1c20027e7d96a3b57','BPJS Ketenagakerjaan dan Pemprov Jambi Kolaborasi Lindungi Pekerja Rentan',NULL,NULL,'Rizki Amalia','2025-02-14',1,'Jambi',replace('BPJS Ketenagakerjaan dan Pemprov Jambi Kolaborasi Lindungi Pekerja Rentan\n\nKBRN,Jambi: BPJS Ketenagakerjaan besama Pemerintah Provinsi Jambi menggelar Rapat Koordinasi Universal Coverage Jamsostek (UCJ) tahun 2024 yang berfokus pada perlindungan pekerja melalui Dana Bagi Hasil (DBH) Sawit dan pekerja rentan. Rapat ini dihadiri oleh Wakil Gubernur Jambi, Abdullah Sani, Kepala Dinas Perkebunan, Kepala Dinas Tenaga Kerja dan Transmigrasi, serta kepala OPD dari kabupaten dan kota se-Provinsi Jambi.\n\nDalam sambutannya, Wakil Gubernur Jambi Abdullah Sani menekankan pentingnya rapat koordinasi ini dalam rangka mewujudkan perlindungan jaminan sosial bagi seluruh masyarakat di Provinsi Jambi, khususnya bagi mereka yang tergolong miskin ekstrem.\n\n"Apa yang kita lakukan hari ini misinya adalah demi kebaikan bersama, yaitu terciptanya perlindungan jaminan sosial bagi masyarakat yang ada di Provinsi Jambi," katanya.\n\nRapat ini dinilai sangat penting untuk menghasilkan kesepakatan bersama dalam rangka memastikan seluruh masyarakat di Provinsi Jambi mendapatkan perlindungan melalui program BPJS Ketenagakerjaan.\n\n“Pada intinya semua yang dilakukan hari ini Insya Allah akan dicatatkan sebagai nilai ibadah di sisi Allah SWT,” imbuhnya.\n\nDalam kesempatan ini, Kepala Kantor Wilayah Sumbagsel BPJS Ketenagakerjaan, Muhyidin menekankan bahwa pertemuan ini sangat strategis karena bertujuan untuk memastikan bahwa seluruh pekerja, baik di sektor formal maupun informal, terlindungi dalam program BPJS Ketenagakerjaan.\n\n"Kami sebagai penyelenggara yang ditunjuk oleh pemerintah harus memberikan pelayanan sebaik-baiknya kepada peserta," tegas Muhyidin.\n\nHingga saat ini, sebanyak 25.474 orang di Provinsi Jambi telah menerima manfaat jaminan sosial ketenagakerjaan dengan total nominal sebesar Rp 339 miliar. Selain itu, BPJS Ketenagakerjaan juga telah memberikan beasiswa kepada 810 anak yang kehilangan orang tua, dengan total pembayaran sebesar 3,5 miliar rupiah.\n\nMelalui rapat koordinasi ini, diharapkan sinergi antara pemerintah daerah dan BPJS Ketenagakerjaan semakin kuat dalam upaya melindungi masyarakat, khususnya perangkat desa dan pekerja rentan, agar mereka terlindungi dalam program BPJS Ketenagakerjaan.\n\nSementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,25%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024. Meskipun sudah ada peningkatan, tingkat perlindungan ini masih tergolong rendah di sebagian besar kabupaten/kota.\n\nDari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja. Kota Jambi mengikuti dengan realisasi 48,64%. Namun, beberapa kabupaten seperti Tanjung Jabung Timur dan Tebo memiliki tingkat coverage yang jauh lebih rendah, masing-masing 26,66% dan 31,49%.\n\n“BPJS Ketenagakerjaan Provinsi Jambi menargetkan peningkatan coverage menjadi 53% pada akhir tahun 2024, dengan jumlah peserta yang diharapkan mencapai 695.556 orang. Upaya untuk mencapai target ini melibatkan peningkatan kesadaran dan partisipasi pekerja di sektor formal dan informal, serta sinergi yang lebih kuat dengan pemerintah daerah,” sebut Seto.\n\nProvinsi Jambi terus didorong untuk menjadi contoh positif dalam hal perlindungan sosial bagi pekerja, khususnya di kalangan masyarakat rentan dan miskin ekstrem. Upaya kolaboratif antara BPJS Ketenagakerjaan dan pemerintah daerah diharapkan mampu memperluas jangkauan perlindungan sosial di seluruh kabupaten/kota dalam provinsi ini.','\n',char(10)),'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34','2026-12-05T20:42:22.661Z');
INSERT INTO articles VALUES(2,'3d97facd22b4464ac553c4746ec3939e2d1b9c93e572d9a354fa1bcec98c385f','Pemprov Kalteng Bersama BPJS Ketenagakerjaan Upayakan Optimalisasi Perlindungan Jaminan Sosial Bagi Para Pekerja',NULL,NULL,NULL,'2022-07-06',0,NULL,replace('Pemprov Kalteng Bersama BPJS Ketenagakerjaan Upayakan Optimalisasi Perlindungan Jaminan Sosial Bagi Para Pekerja\n\nPemerintah Provinsi Kalimantan Tengah (Pemprov Kalteng) telah menerbitkan Peraturan Gubernur (Pergub) Nomor 3 Tahun 2022 tentang Pelaksanaan Kewajiban Kepesertaan Program Jaminan Sosial Ketenagakerjaan di Wilayah Provinsi Kalimantan Tengah, untuk memberikan kepastian perlindungan kesejahteraan sosial bagi para tenaga kerja.\n\nBerkenaan dengan hal tersebut, Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan bersama Pemprov Kalteng menggelar kegiatan Focus Group Discussion (FGD) “Optimalisasi Jaminan Sosial Ketenagakerjaan di Wilayah Provinsi Kalimantan Tengah”, bertempat di Hotel Best Western, Kota Palangka Raya, pada Rabu pagi, 6 Juli 2022.\n\nKegiatan FGD tersebut dibuka oleh Staf Ahli Gubernur Bidang Kemasyarakatan dan Sumber Daya Manusia (Sahli KSDM) Suhaemi, mewakili Sekretaris Daerah Nuryakin. Pertemuan ini dihadiri oleh Kepala BPJS Ketenagakerjaan Cabang Palangka Raya Budi Wahyudi dan Kepala Bidang Pengawasan Ketenagakerjaan Dinas Tenaga Kerja dan Transmigrasi Provinsi Andi Jairin.\n\n”Hari ini kita akan melakukan kegiatan Focus Group Discussion untuk membahas optimalisasi penerapan perlindungan jaminan sosial ketenagakerjaan sesuai aturan yang telah ditetapkan serta perkembangan pelaksanaan jaminan sosial ketenagakerjaan yang berada di wilayah Provinsi Kalimantan Tengah saat ini," kata Sahli KSDM Suhaemi.\n\nDiterbitkannya Pergub Kalteng 3/2022 itu dimaksudkan untuk mendukung terlaksananya UU 40/2004 tentang Sistem Jaminan Sosial Nasional dan UU 24/2011 tentang Badan Penyelenggara Jaminan Sosial Ketenagakerjaan, serta sejalan dengan Instruksi Presiden Nomor 2 Tahun 2021 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan.\n\nDikemukakan pula oleh Sahli KSDM Suhaemi, kegiatan FGD ini diharapkan dapat mendorong Pemprov Kalteng bersama BPJS Ketenagakerjaan dan stakeholders terkait agar semakin optimal dalam memberikan pelayanan yang terbaik bagi perlindungan dan kesejahteraan tenaga kerja yang ada di wilayah Kalimantan Tengah.\n\nBerdasarkan data BPJS Ketenagakerjaan, jumlah coverage kepesertaan Provinsi Kalimantan Tengah pada sektor Penerima Upah sebesar 239.430 tenaga kerja atau sekitar 53,57% dibandingkan jumlah angkatan kerja diluar (ASN, TNI, POLRI) dan sektor Bukan Penerima Upah sebesar 39.286 tenaga kerja atau sekitar 8,5% dari pekerja informal.\n\n”Di sinilah wujud kehadiran negara. Ketika warga negaranya mengalami resiko sosial, negara turut hadir di sana, untuk meringankan beban warga negaranya melalui program BPJS Ketenagakerjaan”, pungkas Kepala BPJS Ketenagakerjaan Cabang Palangka Raya Budi Wahyudi.','\n',char(10)),'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34','2026-12-05T20:42:22.682Z');
INSERT INTO articles VALUES(3,'9407ef8eb0831d2d8e7c16b414070bc3b9b6783ae9f6d011abe0952f4b74dda7','BPJS Ketenagakerjaan dan Pemprov Jambi Kolaborasi Lindungi Pekerja Rentan',NULL,NULL,'Rizki Amalia','2025-02-14',1,'Jambi',replace('BPJS Ketenagakerjaan dan Pemprov Jambi Kolaborasi Lindungi Pekerja Rentan\n\nKBRN,Jambi: BPJS Ketenagakerjaan besama Pemerintah Provinsi Jambi menggelar Rapat Koordinasi Universal Coverage Jamsostek (UCJ) tahun 2024 yang berfokus pada perlindungan pekerja melalui Dana Bagi Hasil (DBH) Sawit dan pekerja rentan. Rapat ini dihadiri oleh Wakil Gubernur Jambi, Abdullah Sani, Kepala Dinas Perkebunan, Kepala Dinas Tenaga Kerja dan Transmigrasi, serta kepala OPD dari kabupaten dan kota se-Provinsi Jambi.\n\nDalam sambutannya, Wakil Gubernur Jambi Abdullah Sani menekankan pentingnya rapat koordinasi ini dalam rangka mewujudkan perlindungan jaminan sosial bagi seluruh masyarakat di Provinsi Jambi, khususnya bagi mereka yang tergolong miskin ekstrem.\n\n"Apa yang kita lakukan hari ini misinya adalah demi kebaikan bersama, yaitu terciptanya perlindungan jaminan sosial bagi masyarakat yang ada di Provinsi Jambi," katanya.\n\nRapat ini dinilai sangat penting untuk menghasilkan kesepakatan bersama dalam rangka memastikan seluruh masyarakat di Provinsi Jambi mendapatkan perlindungan melalui program BPJS Ketenagakerjaan.\n\n“Pada intinya semua yang dilakukan hari ini Insya Allah akan dicatatkan sebagai nilai ibadah di sisi Allah SWT,” imbuhnya.\n\nDalam kesempatan ini, Kepala Kantor Wilayah Sumbagsel BPJS Ketenagakerjaan, Muhyidin menekankan bahwa pertemuan ini sangat strategis karena bertujuan untuk memastikan bahwa seluruh pekerja, baik di sektor formal maupun informal, terlindungi dalam program BPJS Ketenagakerjaan.\n\n"Kami sebagai penyelenggara yang ditunjuk oleh pemerintah harus memberikan pelayanan sebaik-baiknya kepada peserta," tegas Muhyidin.\n\nHingga saat ini, sebanyak 25.474 orang di Provinsi Jambi telah menerima manfaat jaminan sosial ketenagakerjaan dengan total nominal sebesar Rp 339 miliar. Selain itu, BPJS Ketenagakerjaan juga telah memberikan beasiswa kepada 810 anak yang kehilangan orang tua, dengan total pembayaran sebesar 3,5 miliar rupiah.\n\nMelalui rapat koordinasi ini, diharapkan sinergi antara pemerintah daerah dan BPJS Ketenagakerjaan semakin kuat dalam upaya melindungi masyarakat, khususnya perangkat desa dan pekerja rentan, agar mereka terlindungi dalam program BPJS Ketenagakerjaan.\n\nSementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,52%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024. Meskipun sudah ada peningkatan, tingkat perlindungan ini masih tergolong rendah di sebagian besar kabupaten/kota.\n\nDari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja. Kota Jambi mengikuti dengan realisasi 48,64%. Namun, beberapa kabupaten seperti Tanjung Jabung Timur dan Tebo memiliki tingkat coverage yang jauh lebih rendah, masing-masing 26,66% dan 31,49%.\n\n“BPJS Ketenagakerjaan Provinsi Jambi menargetkan peningkatan coverage menjadi 53% pada akhir tahun 2024, dengan jumlah peserta yang diharapkan mencapai 695.556 orang. Upaya untuk mencapai target ini melibatkan peningkatan kesadaran dan partisipasi pekerja di sektor formal dan informal, serta sinergi yang lebih kuat dengan pemerintah daerah,” sebut Seto.\n\nProvinsi Jambi terus didorong untuk menjadi contoh positif dalam hal perlindungan sosial bagi pekerja, khususnya di kalangan masyarakat rentan dan miskin ekstrem. Upaya kolaboratif antara BPJS Ketenagakerjaan dan pemerintah daerah diharapkan mampu memperluas jangkauan perlindungan sosial di seluruh kabupaten/kota dalam provinsi ini.','\n',char(10)),'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34','2026-12-05T20:42:25.094Z');
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  location TEXT NOT NULL,
  fetched_at TEXT,
  first_seen TEXT NOT NULL,
  UNIQUE (article_id, location)
);
INSERT INTO sources VALUES(1,1,'story.txt','2025-05-14T00:00:00Z','2026-12-05T20:42:22.661Z');
INSERT INTO sources VALUES(2,2,'other.txt','2025-05-14T00:00:00Z','2026-12-05T20:42:22.682Z');
INSERT INTO sources VALUES(3,3,'story.txt','2025-05-14T00:00:00Z','2026-12-05T20:42:25.094Z');
CREATE TABLE extracted_figures (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  region TEXT,
  region_code TEXT,
  metric TEXT NOT NULL CONSTRAINT figure_metric CHECK (metric IN (
    'participants', 'eligible_workers', 'working_population', 'coverage_pct',
    'uncovered_workers', 'uncovered_pct', 'target_coverage_pct',
    'target_participants', 'benefit_amount_idr', 'beneficiaries',
    'scholarship_recipients', 'scholarship_amount_idr')),
  segment TEXT NOT NULL CONSTRAINT figure_segment CHECK (segment IN (
    'all', 'PU', 'BPU', 'jakon', 'PMI', 'rentan', 'ASN', 'other')),
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
  CONSTRAINT figure_span CHECK (start_byte >= 0 AND end_byte >= start_byte)
);
INSERT INTO extracted_figures VALUES(1,1,'Jambi','15','beneficiaries','all',25474.0,'persons',0,'2024','25.474','Hingga saat ini, sebanyak 25.474 orang di Provinsi Jambi telah menerima manfaat jaminan sosial ketenagakerjaan dengan total nominal sebesar Rp 339 miliar.',1681,1687,'beneficiaries.received',0,25473.499999999999999,25474.499999999999999,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(2,1,'Jambi','15','benefit_amount_idr','all',339000000000.0,'IDR',0,'2024','Rp 339 miliar','Hingga saat ini, sebanyak 25.474 orang di Provinsi Jambi telah menerima manfaat jaminan sosial ketenagakerjaan dengan total nominal sebesar Rp 339 miliar.',1795,1808,'benefit.amount',0,338500000000.0,339500000000.0,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(3,1,'Jambi','15','scholarship_recipients','all',810.0,'persons',0,'2024','810','Selain itu, BPJS Ketenagakerjaan juga telah memberikan beasiswa kepada 810 anak yang kehilangan orang tua, dengan total pembayaran sebesar 3,5 miliar rupiah.',1881,1884,'scholarship.recipients',0,809.50000000000000002,810.49999999999999995,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(4,1,'Jambi','15','scholarship_amount_idr','all',3500000000.0,'IDR',0,'2024','3,5 miliar rupiah','Selain itu, BPJS Ketenagakerjaan juga telah memberikan beasiswa kepada 810 anak yang kehilangan orang tua, dengan total pembayaran sebesar 3,5 miliar rupiah.',1949,1966,'scholarship.amount',1,3450000000.0,3550000000.0,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(5,1,'Jambi','15','coverage_pct','all',39.25,'percent',0,'2024-08-12','39,25%','Sementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,25%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024.',2385,2391,'coverage.keyword_pct',2,39.244999999999997442,39.255000000000002557,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(6,1,'Jambi','15','participants','all',518632.0,'persons',0,'2024-08-12','518.632','Sementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,25%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024.',2406,2413,'participants.count_of_participants',0,518631.50000000000001,518632.50000000000001,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(7,1,'Jambi','15','eligible_workers','all',1312370.0,'persons',0,'2024-08-12','1.312.370','Sementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,25%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024.',2427,2436,'eligible.entitled',0,1312369.5,1312370.5,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(8,1,'Kabupaten Batanghari','15.04','coverage_pct','all',50.710000000000000851,'percent',0,'2024-08-12','50,71%','Dari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja.',2715,2721,'coverage.keyword_pct',2,50.704999999999998292,50.71500000000000341,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(9,1,'Kabupaten Batanghari','15.04','participants','all',49803.0,'persons',0,'2024-08-12','49.803','Dari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja.',2730,2736,'participants.count_of_participants',0,49802.499999999999998,49803.5,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(10,1,'Kabupaten Batanghari','15.04','eligible_workers','all',98206.0,'persons',0,'2024-08-12','98.206','Dari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja.',2758,2764,'eligible.potential',0,98205.499999999999998,98206.500000000000001,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(11,1,'Kota Jambi','15.71','coverage_pct','all',48.64000000000000057,'percent',0,'2024-08-12','48,64%','Kota Jambi mengikuti dengan realisasi 48,64%.',2812,2818,'coverage.keyword_pct',2,48.634999999999998011,48.645000000000003124,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(12,1,'Kabupaten Tanjung Jabung Timur','15.07','coverage_pct','all',26.660000000000000142,'percent',0,'2024-08-12','26,66%','Namun, beberapa kabupaten seperti Tanjung Jabung Timur dan Tebo memiliki tingkat coverage yang jauh lebih rendah, masing-masing 26,66% dan 31,49%.',2948,2954,'coverage.list',2,26.655000000000001136,26.664999999999999147,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(13,1,'Kabupaten Tebo','15.09','coverage_pct','all',31.489999999999998437,'percent',0,'2024-08-12','31,49%','Namun, beberapa kabupaten seperti Tanjung Jabung Timur dan Tebo memiliki tingkat coverage yang jauh lebih rendah, masing-masing 26,66% dan 31,49%.',2959,2965,'coverage.list',2,31.484999999999999432,31.494999999999997442,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(14,1,'Jambi','15','target_coverage_pct','all',53.0,'percent',0,'2024-12-31','53%','“BPJS Ketenagakerjaan Provinsi Jambi menargetkan peningkatan coverage menjadi 53% pada akhir tahun 2024, dengan jumlah peserta yang diharapkan mencapai 695.556 orang.',3048,3051,'target.pct',0,52.5,53.499999999999999999,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(15,1,'Jambi','15','target_participants','all',695556.0,'persons',0,'2024-12-31','695.556','“BPJS Ketenagakerjaan Provinsi Jambi menargetkan peningkatan coverage menjadi 53% pada akhir tahun 2024, dengan jumlah peserta yang diharapkan mencapai 695.556 orang.',3122,3129,'target.participants',0,695555.49999999999998,695556.49999999999998,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(16,2,'Kalimantan Tengah','62','participants','PU',239430.0,'persons',0,'2022-07-06','239.430','Berdasarkan data BPJS Ketenagakerjaan, jumlah coverage kepesertaan Provinsi Kalimantan Tengah pada sektor Penerima Upah sebesar 239.430 tenaga kerja atau sekitar 53,57% dibandingkan jumlah angkatan kerja diluar (ASN, TNI, POLRI) dan sektor Bukan Penerima Upah sebesar 39.286 tenaga kerja atau sekitar 8,5% dari pekerja informal.',2232,2239,'coverage.count_or_pct',0,239429.5,239430.49999999999998,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(17,2,'Kalimantan Tengah','62','coverage_pct','PU',53.570000000000000282,'percent',1,'2022-07-06','53,57%','Berdasarkan data BPJS Ketenagakerjaan, jumlah coverage kepesertaan Provinsi Kalimantan Tengah pada sektor Penerima Upah sebesar 239.430 tenaga kerja atau sekitar 53,57% dibandingkan jumlah angkatan kerja diluar (ASN, TNI, POLRI) dan sektor Bukan Penerima Upah sebesar 39.286 tenaga kerja atau sekitar 8,5% dari pekerja informal.',2266,2272,'coverage.count_or_pct',2,53.564999999999997727,53.575000000000002841,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(18,2,'Kalimantan Tengah','62','participants','BPU',39286.0,'persons',0,'2022-07-06','39.286','Berdasarkan data BPJS Ketenagakerjaan, jumlah coverage kepesertaan Provinsi Kalimantan Tengah pada sektor Penerima Upah sebesar 239.430 tenaga kerja atau sekitar 53,57% dibandingkan jumlah angkatan kerja diluar (ASN, TNI, POLRI) dan sektor Bukan Penerima Upah sebesar 39.286 tenaga kerja atau sekitar 8,5% dari pekerja informal.',2372,2378,'coverage.count_or_pct',0,39285.499999999999999,39286.499999999999999,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(19,2,'Kalimantan Tengah','62','coverage_pct','BPU',8.5,'percent',1,'2022-07-06','8,5%','Berdasarkan data BPJS Ketenagakerjaan, jumlah coverage kepesertaan Provinsi Kalimantan Tengah pada sektor Penerima Upah sebesar 239.430 tenaga kerja atau sekitar 53,57% dibandingkan jumlah angkatan kerja diluar (ASN, TNI, POLRI) dan sektor Bukan Penerima Upah sebesar 39.286 tenaga kerja atau sekitar 8,5% dari pekerja informal.',2405,2409,'coverage.count_or_pct',1,8.4499999999999992894,8.5500000000000007105,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(20,3,'Jambi','15','beneficiaries','all',25474.0,'persons',0,'2024','25.474','Hingga saat ini, sebanyak 25.474 orang di Provinsi Jambi telah menerima manfaat jaminan sosial ketenagakerjaan dengan total nominal sebesar Rp 339 miliar.',1681,1687,'beneficiaries.received',0,25473.499999999999999,25474.499999999999999,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(21,3,'Jambi','15','benefit_amount_idr','all',339000000000.0,'IDR',0,'2024','Rp 339 miliar','Hingga saat ini, sebanyak 25.474 orang di Provinsi Jambi telah menerima manfaat jaminan sosial ketenagakerjaan dengan total nominal sebesar Rp 339 miliar.',1795,1808,'benefit.amount',0,338500000000.0,339500000000.0,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(22,3,'Jambi','15','scholarship_recipients','all',810.0,'persons',0,'2024','810','Selain itu, BPJS Ketenagakerjaan juga telah memberikan beasiswa kepada 810 anak yang kehilangan orang tua, dengan total pembayaran sebesar 3,5 miliar rupiah.',1881,1884,'scholarship.recipients',0,809.50000000000000002,810.49999999999999995,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(23,3,'Jambi','15','scholarship_amount_idr','all',3500000000.0,'IDR',0,'2024','3,5 miliar rupiah','Selain itu, BPJS Ketenagakerjaan juga telah memberikan beasiswa kepada 810 anak yang kehilangan orang tua, dengan total pembayaran sebesar 3,5 miliar rupiah.',1949,1966,'scholarship.amount',1,3450000000.0,3550000000.0,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(24,3,'Jambi','15','coverage_pct','all',39.520000000000003125,'percent',0,'2024-08-12','39,52%','Sementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,52%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024.',2385,2391,'coverage.keyword_pct',2,39.515000000000000568,39.525000000000005684,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(25,3,'Jambi','15','participants','all',518632.0,'persons',0,'2024-08-12','518.632','Sementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,52%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024.',2406,2413,'participants.count_of_participants',0,518631.50000000000001,518632.50000000000001,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(26,3,'Jambi','15','eligible_workers','all',1312370.0,'persons',0,'2024-08-12','1.312.370','Sementara itu, Kepala BPJS Ketenagakerjaan Cabang Jambi, Seto Tjahjono menambahkan, coverage perlindungan BPJS Ketenagakerjaan di Provinsi Jambi saat ini mencapai 39,52%, dengan total 518.632 peserta dari 1.312.370 pekerja yang berpotensi menjadi peserta, sesuai data per 12 Agustus 2024.',2427,2436,'eligible.entitled',0,1312369.5,1312370.5,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(27,3,'Kabupaten Batanghari','15.04','coverage_pct','all',50.710000000000000851,'percent',0,'2024-08-12','50,71%','Dari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja.',2715,2721,'coverage.keyword_pct',2,50.704999999999998292,50.71500000000000341,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(28,3,'Kabupaten Batanghari','15.04','participants','all',49803.0,'persons',0,'2024-08-12','49.803','Dari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja.',2730,2736,'participants.count_of_participants',0,49802.499999999999998,49803.5,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(29,3,'Kabupaten Batanghari','15.04','eligible_workers','all',98206.0,'persons',0,'2024-08-12','98.206','Dari data yang ada, Kabupaten Batang Hari mencatat persentase realisasi tertinggi, yakni 50,71%, dengan 49.803 peserta dari potensi 98.206 pekerja.',2758,2764,'eligible.potential',0,98205.499999999999998,98206.500000000000001,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(30,3,'Kota Jambi','15.71','coverage_pct','all',48.64000000000000057,'percent',0,'2024-08-12','48,64%','Kota Jambi mengikuti dengan realisasi 48,64%.',2812,2818,'coverage.keyword_pct',2,48.634999999999998011,48.645000000000003124,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(31,3,'Kabupaten Tanjung Jabung Timur','15.07','coverage_pct','all',26.660000000000000142,'percent',0,'2024-08-12','26,66%','Namun, beberapa kabupaten seperti Tanjung Jabung Timur dan Tebo memiliki tingkat coverage yang jauh lebih rendah, masing-masing 26,66% dan 31,49%.',2948,2954,'coverage.list',2,26.655000000000001136,26.664999999999999147,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(32,3,'Kabupaten Tebo','15.09','coverage_pct','all',31.489999999999998437,'percent',0,'2024-08-12','31,49%','Namun, beberapa kabupaten seperti Tanjung Jabung Timur dan Tebo memiliki tingkat coverage yang jauh lebih rendah, masing-masing 26,66% dan 31,49%.',2959,2965,'coverage.list',2,31.484999999999999432,31.494999999999997442,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(33,3,'Jambi','15','target_coverage_pct','all',53.0,'percent',0,'2024-12-31','53%','“BPJS Ketenagakerjaan Provinsi Jambi menargetkan peningkatan coverage menjadi 53% pada akhir tahun 2024, dengan jumlah peserta yang diharapkan mencapai 695.556 orang.',3048,3051,'target.pct',0,52.5,53.499999999999999999,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
INSERT INTO extracted_figures VALUES(34,3,'Jambi','15','target_participants','all',695556.0,'persons',0,'2024-12-31','695.556','“BPJS Ketenagakerjaan Provinsi Jambi menargetkan peningkatan coverage menjadi 53% pada akhir tahun 2024, dengan jumlah peserta yang diharapkan mencapai 695.556 orang.',3122,3129,'target.participants',0,695555.49999999999998,695556.49999999999998,'e429fb41e135a99e7f5df84cebf22d27cc33a7d566adeca2b3613c5452305c34');
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start_byte INTEGER NOT NULL,
  end_byte INTEGER NOT NULL,
  value REAL NOT NULL,
  region TEXT,
  figure_id INTEGER,
  decision TEXT NOT NULL CONSTRAINT review_decision CHECK (decision IN (
    'accept', 'reject', 'correct')),
  corrected_value REAL,
  corrected_decimals INTEGER,
  note TEXT,
  reviewer TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  CONSTRAINT review_correction CHECK (
    (decision = 'correct') = (corrected_value IS NOT NULL))
);
INSERT INTO reviews VALUES(1,1,2406,2413,518632.0,'Jambi',6,'accept',NULL,NULL,'checked','ana','2026-12-05T20:42:24.856Z');
INSERT INTO reviews VALUES(2,1,2385,2391,39.25,'Jambi',5,'reject',NULL,NULL,'typo: the release says 39,52','ana','2026-12-05T20:42:24.897Z');
INSERT INTO reviews VALUES(3,1,2427,2436,1312370.0,'Jambi',7,'accept',NULL,NULL,NULL,'budi','2026-12-05T20:42:24.935Z');
INSERT INTO reviews VALUES(4,1,2427,2436,1312370.0,'Jambi',7,'correct',1312371.0,0,'rounding','citra','2026-12-05T20:42:24.971Z');
INSERT INTO reviews VALUES(5,2,2232,2239,239430.0,'Kalimantan Tengah',16,'accept',NULL,NULL,NULL,'ana','2026-12-05T20:42:25.017Z');
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
INSERT INTO source_status VALUES('story.txt','file','ok',NULL,NULL,NULL,NULL,3,NULL,'2026-12-05T20:42:25.097Z','2026-12-05T20:42:25.097Z',NULL,0);
INSERT INTO source_status VALUES('other.txt','file','ok',NULL,NULL,NULL,NULL,2,NULL,'2026-12-05T20:42:22.692Z','2026-12-05T20:42:22.692Z',NULL,0);
CREATE TABLE feed_items (
  feed TEXT NOT NULL,
  link TEXT NOT NULL,
  title TEXT,
  published TEXT,
  first_seen TEXT NOT NULL,
  PRIMARY KEY (feed, link)
);
CREATE INDEX sources_location ON sources(location);
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
       f.metric AS metric,
       f.segment AS segment,
       f.value AS value,
       f.unit AS unit,
       f.approx AS approx,
       f.as_of AS as_of,
       f.text AS text,
       f.sentence AS sentence,
       f.start_byte AS start,
       f.end_byte AS "end",
       f.rule AS rule
FROM extracted_figures f JOIN articles a ON a.id = f.article_id;
CREATE INDEX reviews_figure ON reviews(article_id, start_byte, end_byte, value);
CREATE TRIGGER reviews_are_history BEFORE UPDATE ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews are history: add a decision instead'); END;
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
    AND r2.region IS f.region);
CREATE VIEW curated_figures AS
SELECT v.id AS id,
       v.article_id AS article_id,
       v.source AS source,
       a.canonical_url AS canonical_url,
       v.article_title AS article_title,
       v.published AS published,
       v.region AS region,
       v.region_code AS region_code,
       v.metric AS metric,
       v.segment AS segment,
       coalesce(l.corrected_value, v.value) AS value,
       v.value AS extracted_value,
       v.unit AS unit,
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
WHERE l.decision IN ('accept', 'correct');
COMMIT;
PRAGMA user_version = 3;
