/* angka review desk: the queue of figures, their evidence, and one key per
 * decision. Everything from the server goes into the page as text
 * (textContent, createElement), never as markup. */
(function () {
	"use strict";

	var token = document.querySelector('meta[name="angka-token"]').getAttribute("content");
	var state = {
		filters: { status: "pending", region: "", metric: "", article: "", rule: "" },
		ids: null,          /* figure ids a finding asked to review, or null */
		offset: 0,
		limit: 50,
		figures: [],
		total: 0,
		selected: 0,
		lastDecided: null,  /* the figure the latest decision was about, for undo */
		labels: {},
		busy: false
	};
	var numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

	function $(id) { return document.getElementById(id); }

	/* el("p", {className: "x"}, "text", child, ...): an element with text and children. */
	function el(tag, props) {
		var node = document.createElement(tag);
		if (props) Object.keys(props).forEach(function (k) {
			if (k === "dataset") Object.keys(props.dataset).forEach(function (d) { node.dataset[d] = props.dataset[d]; });
			else node[k] = props[k];
		});
		for (var i = 2; i < arguments.length; i++) {
			var c = arguments[i];
			if (c === null || c === undefined || c === false) continue;
			node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
		}
		return node;
	}

	/* A link to an article, only for http(s) URLs (never javascript: and the like). */
	function articleLink(url, title) {
		if (typeof url === "string" && /^https?:\/\//i.test(url))
			return el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, title || url);
		return el("cite", null, title || "");
	}

	/* A sentence with each of marks wrapped in <mark>, as text nodes. */
	function marked(sentence, marks) {
		var node = el("blockquote", { className: "sentence" });
		var rest = sentence || "";
		while (rest.length > 0) {
			var at = -1, len = 0;
			(marks || []).forEach(function (m) {
				if (!m) return;
				var i = rest.indexOf(m);
				if (i >= 0 && (at < 0 || i < at || (i === at && m.length > len))) { at = i; len = m.length; }
			});
			if (at < 0) { node.appendChild(document.createTextNode(rest)); break; }
			if (at > 0) node.appendChild(document.createTextNode(rest.slice(0, at)));
			node.appendChild(el("mark", null, rest.slice(at, at + len)));
			rest = rest.slice(at + len);
		}
		return node;
	}

	function metricLabel(metric) { return state.labels[metric] || metric; }

	function formatValue(value, unit) {
		if (value === null || value === undefined) return "–";
		var text = numberFormat.format(value);
		if (unit === "percent") return text + "%";
		if (unit === "IDR") return "Rp " + text;
		return text;
	}

	function toast(message, kind) {
		var t = $("toast");
		t.textContent = message;
		t.className = "toast " + (kind || "");
		t.hidden = false;
		clearTimeout(toast.timer);
		toast.timer = setTimeout(function () { t.hidden = true; }, 5000);
	}

	function api(path, body) {
		var options = { headers: { "Accept": "application/json" }, credentials: "same-origin" };
		if (body !== undefined) {
			options.method = "POST";
			options.headers["Content-Type"] = "application/json";
			options.headers["X-Angka-Token"] = token;
			options.body = JSON.stringify(body);
		}
		return fetch(path, options).then(function (response) {
			return response.json().catch(function () { return {}; }).then(function (data) {
				if (!response.ok) throw new Error(data.error || ("HTTP " + response.status));
				return data;
			});
		});
	}

	/* ---- filters -------------------------------------------------------------- */

	function fillSelect(select, items, label) {
		var keep = select.value;
		while (select.options.length > 1) select.remove(1);
		items.forEach(function (item) {
			var option = el("option", { value: item.value }, label(item));
			select.appendChild(option);
		});
		select.value = keep;
		if (select.value !== keep) select.value = "";
	}

	function loadFacets() {
		return api("/api/facets").then(function (f) {
			fillSelect($("f-region"), f.regions.map(function (r) { return { value: r.name, r: r }; }),
				function (i) { return (i.r.name || "(none)") + " (" + i.r.pending + "/" + i.r.figures + ")"; });
			fillSelect($("f-metric"), f.metrics.map(function (m) { return { value: m.name, m: m }; }),
				function (i) { return metricLabel(i.m.name) + " (" + i.m.pending + "/" + i.m.figures + ")"; });
			fillSelect($("f-rule"), f.rules.map(function (r) { return { value: r.name, r: r }; }),
				function (i) { return i.r.name + " (" + i.r.pending + "/" + i.r.figures + ")"; });
			fillSelect($("f-article"), f.articles.map(function (a) { return { value: String(a.id), a: a }; }),
				function (i) { return "#" + i.a.id + " " + (i.a.title || i.a.source || "") + " (" + i.a.pending + "/" + i.a.figures + ")"; });
			$("count-pending").textContent = String(f.counts.pending);
		});
	}

	function readFilters() {
		state.filters.status = $("f-status").value;
		state.filters.region = $("f-region").value;
		state.filters.metric = $("f-metric").value;
		state.filters.article = $("f-article").value;
		state.filters.rule = $("f-rule").value;
	}

	/* ---- the queue -------------------------------------------------------------- */

	function queuePath() {
		var q = new URLSearchParams();
		Object.keys(state.filters).forEach(function (k) { if (state.filters[k]) q.set(k, state.filters[k]); });
		if (state.ids) q.set("ids", state.ids.join(","));
		q.set("offset", String(state.offset));
		q.set("limit", String(state.limit));
		return "/api/queue?" + q.toString();
	}

	function loadQueue(keepIndex) {
		return api(queuePath()).then(function (data) {
			state.figures = data.figures;
			state.total = data.total;
			if (state.offset > 0 && data.figures.length === 0 && data.total > 0) {
				state.offset = Math.max(0, state.offset - state.limit);
				return loadQueue(keepIndex);
			}
			state.selected = Math.min(keepIndex ? state.selected : 0, Math.max(0, state.figures.length - 1));
			renderQueue();
			renderCard();
		}).catch(function (e) { toast(e.message, "error"); });
	}

	function renderQueue() {
		var list = $("queue");
		list.replaceChildren();
		state.figures.forEach(function (f, i) {
			var item = el("li", { className: "item" + (i === state.selected ? " selected" : "") + (f.decision ? " " + f.decision : ""), dataset: { id: String(f.id) }, tabIndex: -1 },
				el("span", { className: "what" }, el("b", null, f.text || ""), " ", metricLabel(f.metric)),
				el("span", { className: "where" }, (f.region || "–") + (f.as_of ? " · " + f.as_of : "")),
				el("span", { className: "from" }, f.article_title || f.source || ""));
			item.addEventListener("click", function () { select(i); });
			list.appendChild(item);
		});
		var first = state.figures.length ? state.offset + 1 : 0;
		$("queue-summary").textContent = state.total === 0 ? "Nothing to review with these filters."
			: first + "–" + (state.offset + state.figures.length) + " of " + state.total + " " + state.filters.status + " figures";
		$("prev").disabled = state.offset === 0;
		$("next").disabled = state.offset + state.figures.length >= state.total;
	}

	function current() { return state.figures[state.selected] || null; }

	function select(i) {
		if (i < 0 || i >= state.figures.length) return;
		state.selected = i;
		var items = $("queue").children;
		for (var k = 0; k < items.length; k++) items[k].classList.toggle("selected", k === i);
		if (items[i]) items[i].scrollIntoView({ block: "nearest" });
		renderCard();
	}

	function renderCard() {
		var card = $("card");
		var f = current();
		card.replaceChildren();
		if (!f) {
			delete card.dataset.id;
			card.appendChild(el("p", { className: "muted" }, state.total === 0 ? "Nothing to review here: change the filters, or look at the findings." : ""));
			return;
		}
		card.dataset.id = String(f.id);
		var status = f.decision ? f.decision + (f.decision === "correct" ? "ed to " + formatValue(f.corrected_value, f.unit) : "ed") + " by " + f.reviewer : "pending";
		card.appendChild(el("p", { className: "eyebrow" }, "figure " + f.id + " · ", el("span", { className: "state " + (f.decision || "pending") }, status)));
		card.appendChild(el("h2", null, metricLabel(f.metric), el("span", { className: "muted" }, " · " + (f.region || "–") + (f.as_of ? " · " + f.as_of : ""))));
		card.appendChild(el("p", { className: "value" }, el("b", { id: "card-text" }, f.text || ""), " = " + formatValue(f.value, f.unit) + (f.approx ? " (approximate)" : "")));
		card.appendChild(marked(f.sentence, [f.text]));
		card.appendChild(el("p", { className: "article" }, articleLink(f.url, f.article_title || f.source),
			f.published ? " · " + f.published : "", f.url ? null : el("span", { className: "muted" }, " · " + (f.source || ""))));
		var facts = el("dl", { className: "facts" });
		[["segment", f.segment], ["programme", f.programme], ["rule", f.rule], ["sources", f.fact_status], ["decisions", String(f.decisions)], ["note", f.note]].forEach(function (p) {
			if (p[1] === null || p[1] === undefined || p[1] === "") return;
			facts.appendChild(el("dt", null, p[0]));
			facts.appendChild(el("dd", null, p[1]));
		});
		card.appendChild(facts);
		var note = el("input", { type: "text", id: "note", placeholder: "note (optional, n)", maxLength: 2000, className: "note" });
		card.appendChild(el("label", { className: "note-label" }, "Note ", note));
		var actions = el("p", { className: "actions" },
			el("button", { type: "button", id: "do-accept", className: "accept", onclick: function () { decide("accept"); } }, "Accept ", el("kbd", null, "a")),
			el("button", { type: "button", id: "do-reject", className: "reject", onclick: function () { decide("reject"); } }, "Reject ", el("kbd", null, "r")),
			el("button", { type: "button", id: "do-correct", onclick: openCorrect }, "Correct ", el("kbd", null, "c")),
			el("button", { type: "button", id: "do-undo", onclick: undo }, "Undo ", el("kbd", null, "u")));
		card.appendChild(actions);
		var form = el("form", { id: "correct-form", className: "correct", hidden: true },
			el("label", null, "Right value ", el("input", { type: "text", id: "correct-value", inputMode: "decimal", autocomplete: "off" })),
			el("button", { type: "submit" }, "Save ", el("kbd", null, "Enter")),
			el("button", { type: "button", id: "correct-cancel", onclick: closeCorrect }, "Cancel ", el("kbd", null, "Esc")),
			el("p", { className: "muted" }, "As written: 46,17 or 46.17, 1.009.250, 2,8 juta."));
		form.addEventListener("submit", function (e) { e.preventDefault(); submitCorrect(); });
		card.appendChild(form);
	}

	/* ---- decisions --------------------------------------------------------------- */

	function noteText() {
		var n = $("note");
		return n && n.value.trim() ? n.value.trim() : undefined;
	}

	function send(ids, decision, extra) {
		if (state.busy) return Promise.resolve();
		state.busy = true;
		var body = Object.assign({ ids: ids, decision: decision }, extra || {});
		return api("/api/review", body).then(function (result) {
			state.lastDecided = ids[ids.length - 1];
			var word = { accept: "accepted", reject: "rejected", correct: "corrected", undo: "undone" }[decision];
			toast("Figure " + ids.join(", ") + " " + word + (decision === "undo" ? "" : " — u to undo"), "ok");
			document.body.dataset.lastReview = String(result.reviews.length ? result.reviews[result.reviews.length - 1].review : "");
			return Promise.all([loadQueue(true), loadFacets(), loadFindingsCount()]);
		}).catch(function (e) { toast(e.message, "error"); }).then(function () { state.busy = false; });
	}

	function decide(decision) {
		var f = current();
		if (!f) return;
		send([f.id], decision, { note: noteText() });
	}

	function openCorrect() {
		var f = current();
		if (!f) return;
		var form = $("correct-form");
		form.hidden = false;
		var input = $("correct-value");
		input.value = f.text || "";
		input.focus();
		input.select();
	}

	function closeCorrect() {
		var form = $("correct-form");
		if (form) form.hidden = true;
	}

	function submitCorrect() {
		var f = current();
		var value = $("correct-value").value.trim();
		if (!f || !value) return;
		send([f.id], "correct", { value: value, note: noteText() });
	}

	function undo() {
		var f = current();
		var id = state.lastDecided || (f && f.decision ? f.id : null);
		if (!id) { toast("Nothing to undo yet.", "error"); return; }
		send([id], "undo").then(function () { state.lastDecided = null; });
	}

	/* ---- findings ---------------------------------------------------------------- */

	function reviewButton(ids) {
		return el("button", { type: "button", className: "link", onclick: function () { reviewIds(ids); } }, "review figure" + (ids.length > 1 ? "s " : " ") + ids.join(", "));
	}

	function reviewIds(ids) {
		state.ids = ids;
		$("f-status").value = "all";
		readFilters();
		state.offset = 0;
		$("f-ids").hidden = false;
		$("f-ids").textContent = "figures " + ids.join(", ") + " ×";
		show("queue");
		loadQueue(false);
	}

	function loadFindingsCount() {
		return api("/api/findings").then(function (data) {
			$("count-findings").textContent = String(data.inconsistent.length + data.conflicts.length);
			return data;
		});
	}

	function renderFindings(data) {
		var box = $("findings-inconsistent");
		box.replaceChildren();
		if (data.inconsistent.length === 0) box.appendChild(el("p", { className: "muted" }, "None: every percentage that could be checked matches its numbers."));
		data.inconsistent.forEach(function (f) {
			var ids = f.numbers.map(function (n) { return n.figure; }).filter(function (id) { return id; });
			var reported = f.numbers.filter(function (n) { return n.role === "percentage" || n.role === "complement"; })[0];
			var card = el("article", { className: "finding " + f.verdict },
				el("h3", null, (f.region || "–") + " · " + metricLabel(f.metric) + (f.as_of ? " · " + f.as_of : "")),
				el("p", null, "reported ", el("b", null, reported && reported.text ? reported.text : "–"), ", computed ",
					el("b", null, f.computed === null ? "–" : numberFormat.format(f.computed) + (f.check === "count_complement" ? "" : "%")),
					f.delta === null ? "" : " (" + f.verdict + ", off by " + numberFormat.format(f.delta) + " " + (f.delta_unit || "") + ")"));
			f.evidence.forEach(function (e) {
				card.appendChild(marked(e.sentence, e.marks));
				card.appendChild(el("p", { className: "article" }, articleLink(e.article.url, e.article.title || e.article.source), e.article.published ? " · " + e.article.published : ""));
			});
			if (ids.length) card.appendChild(reviewButton(ids));
			box.appendChild(card);
		});
		var a = data.audit;
		$("audit-summary").textContent = a.checks + " checks: " + a.consistent + " consistent, " + a.truncated + " truncated, " + a.inconsistent + " inconsistent, " + a.unverifiable + " unverifiable.";
		box = $("findings-conflicts");
		box.replaceChildren();
		if (data.conflicts.length === 0) box.appendChild(el("p", { className: "muted" }, "None: no two sources disagree."));
		data.conflicts.forEach(function (c) {
			var ids = [];
			var card = el("article", { className: "finding conflict" },
				el("h3", null, (c.region || "–") + " · " + metricLabel(c.metric) + (c.programme ? " (" + c.programme + ")" : "") + (c.as_of ? " · " + c.as_of : "")));
			var list = el("ul", { className: "values" });
			c.values.forEach(function (v) {
				var item = el("li", null, el("b", null, formatValue(v.value, c.unit)));
				v.sources.forEach(function (s) {
					ids.push(s.figure);
					item.appendChild(marked(s.sentence, [s.text]));
					item.appendChild(el("p", { className: "article" }, articleLink(s.article.url, s.article.title || s.article.source),
						s.article.published ? " · " + s.article.published : "", " · figure " + s.figure + " · " + (s.decision || "pending")));
				});
				list.appendChild(item);
			});
			card.appendChild(list);
			card.appendChild(reviewButton(ids));
			box.appendChild(card);
		});
	}

	function show(view) {
		var queue = view === "queue";
		$("view-queue").hidden = !queue;
		$("view-findings").hidden = queue;
		$("filters").hidden = !queue;
		$("tab-queue").setAttribute("aria-selected", String(queue));
		$("tab-findings").setAttribute("aria-selected", String(!queue));
		if (!queue) loadFindingsCount().then(renderFindings).catch(function (e) { toast(e.message, "error"); });
	}

	/* ---- keys ---------------------------------------------------------------------- */

	document.addEventListener("keydown", function (e) {
		if (e.ctrlKey || e.metaKey || e.altKey) return;
		var target = e.target;
		var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT");
		if (typing) {
			if (e.key === "Escape") { closeCorrect(); target.blur(); e.preventDefault(); }
			return;
		}
		var handled = true;
		switch (e.key) {
		case "j": case "ArrowDown": select(state.selected + 1); break;
		case "k": case "ArrowUp": select(state.selected - 1); break;
		case "a": decide("accept"); break;
		case "r": decide("reject"); break;
		case "c": openCorrect(); break;
		case "u": undo(); break;
		case "n": if ($("note")) $("note").focus(); break;
		case "f": show("findings"); break;
		case "q": show("queue"); break;
		default: handled = false;
		}
		if (handled) e.preventDefault();
	});

	["f-status", "f-region", "f-metric", "f-article", "f-rule"].forEach(function (id) {
		$(id).addEventListener("change", function () { readFilters(); state.offset = 0; loadQueue(false); $(id).blur(); });
	});
	$("f-clear").addEventListener("click", function () {
		["f-region", "f-metric", "f-article", "f-rule"].forEach(function (id) { $(id).value = ""; });
		$("f-status").value = "pending";
		state.ids = null;
		$("f-ids").hidden = true;
		readFilters();
		state.offset = 0;
		loadQueue(false);
	});
	$("f-ids").addEventListener("click", function () { state.ids = null; $("f-ids").hidden = true; loadQueue(false); });
	$("prev").addEventListener("click", function () { state.offset = Math.max(0, state.offset - state.limit); loadQueue(false); });
	$("next").addEventListener("click", function () { state.offset += state.limit; loadQueue(false); });
	$("tab-queue").addEventListener("click", function () { show("queue"); });
	$("tab-findings").addEventListener("click", function () { show("findings"); });

	Promise.all([
		api("/api/session").then(function (s) {
			$("session").textContent = s.database + " · reviewing as " + s.reviewer + " · angka " + s.version;
		}),
		api("/metrics.json").then(function (m) {
			(m.metrics || []).forEach(function (x) { state.labels[x.metric] = x.en; });
		}).catch(function () {})
	]).then(function () {
		return Promise.all([loadFacets(), loadQueue(false), loadFindingsCount()]);
	}).then(function () {
		document.body.dataset.ready = "true";
	}).catch(function (e) { toast(e.message, "error"); });
})();
