typedef int angka_placeholder_t; /* written next */
