#include <criterion/criterion.h>
#include <string.h>

#include "angka/normalize.h"

static angka_number parse(const char *s)
{
	angka_number n;
	cr_assert_eq(angka_number_parse(&n, s, strlen(s)), ANGKA_OK, "'%s' should parse", s);
	return n;
}

Test(number, thousand_dots)
{
	angka_number n = parse("1.009.250");
	cr_expect_eq(n.value, 1009250);
	cr_expect_eq(n.decimals, 0);
	cr_expect_eq(n.consumed, 9);
}

Test(number, decimal_comma_and_its_interval)
{
	angka_number n = parse("46,2 persen");
	cr_expect_float_eq(n.value, 46.2, 1e-12);
	cr_expect_eq(n.decimals, 1);
	cr_expect_float_eq(n.low, 46.15, 1e-9);
	cr_expect_float_eq(n.high, 46.25, 1e-9);
	cr_expect_eq(n.unit, ANGKA_NUMBER_PERCENT);
	cr_expect_eq(n.consumed, strlen("46,2 persen"));
}

Test(number, decimal_point_some_outlets_use)
{
	cr_expect_float_eq(parse("39.52%").value, 39.52, 1e-12);
	cr_expect_float_eq(parse("26.1").value, 26.1, 1e-12);
}

Test(number, a_dot_before_three_digits_groups_thousands)
{
	cr_expect_eq(parse("1.500").value, 1500);
	cr_expect_float_eq(parse("1,500").value, 1.5, 1e-12);
}

Test(number, scale_words_and_the_precision_they_imply)
{
	angka_number n = parse("2,8 juta penduduk");
	cr_expect_eq(n.value, 2800000);
	cr_expect_float_eq(n.low, 2750000, 1e-6);
	cr_expect_float_eq(n.high, 2850000, 1e-6);
	cr_expect_eq(n.consumed, strlen("2,8 juta"));
	cr_expect_eq(parse("40 ribu").value, 40000);
	cr_expect_eq(parse("3 jt").value, 3000000);
}

Test(number, rupiah_is_exact_whole_numbers)
{
	angka_number n = parse("Rp 711,58 miliar");
	cr_expect_eq(n.value, 711580000000.0);
	cr_expect_eq(n.unit, ANGKA_NUMBER_IDR);
	cr_expect_eq(parse("3,5 miliar rupiah").value, 3500000000.0);
	cr_expect_eq(parse("3,5 miliar rupiah").unit, ANGKA_NUMBER_IDR);
	cr_expect_eq(parse("Rp339 miliar").value, 339000000000.0);
	cr_expect_eq(parse("Rp 2 triliun").value, 2e12);
}

Test(number, m_and_t_mean_miliar_and_triliun_only_after_rp)
{
	cr_expect_eq(parse("Rp3,5 M").value, 3500000000.0);
	cr_expect_eq(parse("Rp 1,2 T").value, 1.2e12);
	angka_number plain = parse("35 M");
	cr_expect_eq(plain.value, 35);
	cr_expect_eq(plain.consumed, 2);
}

Test(number, not_a_number)
{
	angka_number n;
	cr_expect_eq(angka_number_parse(&n, "persen", 6), ANGKA_EPARSE);
	cr_expect_eq(angka_number_parse(&n, "", 0), ANGKA_EPARSE);
	cr_expect_eq(angka_number_parse(&n, "1.2.3", 5), ANGKA_EPARSE);
}
