/* The pages the parse tests are built of: one article's body as HTML
 * paragraphs, and a title and a paragraph of plain text. Shared so that the
 * HTML, date and text tests (test_parse.c, test_parse_dates.c,
 * test_parse_text.c) read the same article. */
#ifndef ANGKA_TEST_PARSE_PAGES_H
#define ANGKA_TEST_PARSE_PAGES_H

#define BODY1                                                                                      \
	"<p>Pemerintah provinsi menggelar rapat koordinasi untuk memperluas cakupan jaminan "      \
	"sosial bagi pekerja, dengan target 59,56 persen pada akhir tahun.</p>"
#define BODY2                                                                                      \
	"<p>Hingga saat ini, sebanyak 465.940 pekerja atau sekitar 46,2 persen telah "             \
	"terlindungi oleh program jaminan sosial ketenagakerjaan di provinsi itu.</p>"
#define BODY3                                                                                      \
	"<p>Kepala cabang menyampaikan bahwa kolaborasi dengan pemerintah daerah sangat "          \
	"penting, terutama untuk pekerja informal, pekerja rentan dan tenaga honorer.</p>"

#define TITLE "Pemprov dan BPJS Ketenagakerjaan Perkuat Sinergi Perlindungan Pekerja\n\n"
#define PLAIN "Kepala cabang menyampaikan bahwa kolaborasi sangat penting bagi pekerja.\n"

#endif
