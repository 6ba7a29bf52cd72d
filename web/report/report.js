/* angka report: draws the charts the page describes in its #report-data
 * block with Observable Plot (inlined before this script). Everything the
 * charts show is also in the table under each one, so the page reads
 * without this script too. */
(function () {
	"use strict";
	var holder = document.getElementById("report-data");
	if (!holder || typeof Plot === "undefined" || typeof d3 === "undefined") return;
	var data = JSON.parse(holder.textContent);
	var plain = new Intl.NumberFormat(data.locale, { maximumFractionDigits: 2 });
	var compact = new Intl.NumberFormat(data.locale, { notation: "compact", maximumFractionDigits: 1 });
	var ACCEPTED = "#1d5c96", PENDING = "#b9cfe6";

	function tickFormat(unit) {
		if (unit === "percent") return function (v) { return plain.format(v) + "%"; };
		return function (v) { return compact.format(v); };
	}

	function rankChart(chart, width) {
		var rows = chart.rows.map(function (r) {
			return Object.assign({}, r, { shown: r.conflict ? r.text + " \u26a0" : r.text });
		});
		var longest = d3.max(rows, function (r) { return r.label.length; }) || 4;
		var marginLeft = Math.round(Math.min(width * 0.42, 14 + longest * 6.2));
		var max = d3.max(rows, function (r) { return r.value; }) || 1;
		/* Room at the end of the longest bar for its value. */
		var top = chart.unit === "percent" ? Math.max(100, max) * 1.18 : max * (width < 560 ? 1.5 : 1.25);
		var title = function (r) {
			return r.label + ": " + r.text + " (" + r.period + ", " + data.labels[r.status] +
				(r.conflict ? ", " + data.labels.conflict : "") + ")";
		};
		return Plot.plot({
			width: width,
			height: 34 + 28 * rows.length,
			marginTop: 6,
			marginBottom: 24,
			marginLeft: marginLeft,
			marginRight: 6,
			style: { fontSize: "11px" },
			x: { domain: [0, top], grid: true, label: null, tickFormat: tickFormat(chart.unit), ticks: width < 560 ? 3 : 6 },
			y: { domain: rows.map(function (r) { return r.label; }), label: null, axis: null },
			marks: [
				/* Accepted bars solid, pending ones light with a dashed outline
				 * (two marks: a channel with no value drops its bar). */
				Plot.barX(rows.filter(function (r) { return r.status === "accepted"; }), {
					x: "value", y: "label", title: title, fill: ACCEPTED, insetTop: 3, insetBottom: 3, ariaLabel: "bar"
				}),
				Plot.barX(rows.filter(function (r) { return r.status !== "accepted"; }), {
					x: "value", y: "label", title: title, fill: PENDING, stroke: ACCEPTED, strokeDasharray: "3,2",
					insetTop: 3, insetBottom: 3, ariaLabel: "bar"
				}),
				Plot.axisY({ tickSize: 0, label: null, lineWidth: (marginLeft - 8) / 6.2, textOverflow: "ellipsis" }),
				Plot.text(rows, { x: "value", y: "label", text: "shown", textAnchor: "start", dx: 4, fill: "#1b2330" }),
				Plot.ruleX([0])
			]
		});
	}

	function seriesChart(chart, width) {
		var points = chart.points.map(function (p) {
			return Object.assign({}, p, { when: new Date(p.date + "T00:00:00Z") });
		});
		var accepted = points.filter(function (p) { return p.status === "accepted"; });
		var pending = points.filter(function (p) { return p.status !== "accepted"; });
		var title = function (p) { return p.series + ": " + p.text + " (" + p.period + ", " + data.labels[p.status] + ")"; };
		var max = d3.max(points, function (p) { return p.value; }) || 1;
		return Plot.plot({
			width: width,
			height: width < 560 ? 240 : 280,
			marginLeft: 52,
			marginRight: 16,
			style: { fontSize: "11px" },
			x: { type: "utc", label: null, ticks: width < 560 ? 3 : 6 },
			y: { domain: [0, chart.unit === "percent" ? Math.max(100, max) : max * 1.1], grid: true, label: null, tickFormat: tickFormat(chart.unit) },
			color: { legend: true, type: "categorical" },
			marks: [
				Plot.line(points, { x: "when", y: "value", stroke: "series", strokeWidth: 2 }),
				Plot.dot(accepted, { x: "when", y: "value", fill: "series", r: 4, title: title }),
				Plot.dot(pending, { x: "when", y: "value", stroke: "series", fill: "white", strokeWidth: 2, r: 4, title: title }),
				Plot.ruleY([0])
			]
		});
	}

	function drawAll() {
		data.charts.forEach(function (chart) {
			var place = document.querySelector('.plot[data-chart="' + chart.id + '"]');
			if (!place) return;
			var width = Math.max(260, Math.floor(place.clientWidth));
			var drawn = chart.kind === "rank" ? rankChart(chart, width) : seriesChart(chart, width);
			place.replaceChildren(drawn);
		});
		document.documentElement.setAttribute("data-charts", String(data.charts.length));
	}

	var lastWidth = 0, pending = null;
	function redrawIfResized() {
		var width = document.documentElement.clientWidth;
		if (width === lastWidth) return;
		lastWidth = width;
		drawAll();
	}
	redrawIfResized();
	window.addEventListener("resize", function () {
		clearTimeout(pending);
		pending = setTimeout(redrawIfResized, 150);
	});
})();
