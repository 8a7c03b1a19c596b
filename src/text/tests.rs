use super::*;
use crate::load::{parse, Format};

/// A spec that looks for repeats only.
fn repeat_spec(min_chars: usize, min_sentence_chars: usize, similarity: f64) -> Spec {
    Spec {
        repeats: Some(RepeatSpec {
            min_chars,
            min_sentence_chars,
            similarity,
        }),
        ..Spec::default()
    }
}

#[test]
fn normalising_keeps_letters_and_digits_only() {
    let mut buf = String::new();
    assert_eq!(
        normalise_into("Ａ社は、 *25%* 伸びた。 It's OK.", &mut buf),
        13
    );
    assert_eq!(buf, "a社は25伸びたitsok");
}

#[test]
fn the_fast_letter_test_agrees_with_the_standard_library() {
    for c in ('\0'..='\u{A000}').chain('\u{FF00}'..='\u{FFEF}') {
        assert_eq!(
            word_char(c),
            c.is_alphanumeric(),
            "{c:?} U+{:04X}",
            c as u32
        );
    }
}

#[test]
fn a_quote_is_one_line_and_cut_with_an_ellipsis() {
    assert_eq!(quote("  一行目\n二行目  ", 60), "一行目 二行目");
    assert_eq!(quote("あいうえお", 3), "あいう…");
    assert_eq!(quote("\u{FFFC} x", 5), "x");
}

#[test]
fn a_prose_quote_stops_before_its_first_figure() {
    assert_eq!(
        quote_prose(
            "中国政府は国家AI産業投資ファンドを総額600億元で設立した。",
            60
        ),
        "中国政府は国家AI産業投資ファンドを総額…"
    );
    assert_eq!(
        quote_prose("2027年には市場が倍になる。", 60),
        "2027年には市場が倍になる。"
    );
}

#[test]
fn a_paragraph_stops_midway_only_when_long_with_a_finished_sentence_before() {
    let long =
        "最初の文はここで終わる。次の文は長く続いていくのだけれど、最後まで書かれることなく途中で";
    assert!(stops_midway(long));
    assert!(!stops_midway(
        "最初の文はここで終わる。次の文は長く続いていくのだけれど、最後まで書かれた。"
    ));
    assert!(!stops_midway("まとめ"));
    assert!(!stops_midway(
        "句点のないとても長い一文がずっと続いていくけれども途中に区切りが一つもない場合は対象外"
    ));
}

#[test]
fn repeats_are_found_in_text_order_with_every_place() {
    let p =
        "新しい倉庫では荷物の仕分けを機械が担い、人は例外の処理と点検に時間を使えるようになった。";
    let text = format!("{p}\n\n間の段落。\n\n{p}\n");
    let (doc, _) = parse("t.md".into(), text.clone(), Format::Markdown);
    let spec = repeat_spec(20, 30, 0.9);
    let info = analyse(&doc, &spec);
    assert_eq!(info.repeats.len(), 1);
    let r = &info.repeats[0];
    assert_eq!(r.places.len(), 2);
    assert_eq!(&text[r.places[1].0..r.places[1].1], p);
    assert!(r.quote.starts_with("新しい倉庫"));
}

#[test]
fn paragraphs_repeated_in_the_same_order_are_one_repeat_spanning_them() {
    let a =
        "新しい倉庫では荷物の仕分けを機械が担い、人は例外の処理と点検に時間を使えるようになった。";
    let b =
        "導入の費用は三年で回収できる見込みで、ほかの拠点にも同じ仕組みを広げる計画があるという。";
    let text = format!("{a}\n\n{b}\n\n## 見出し\n\n間の段落。\n\n{a}\n\n{b}\n");
    let (doc, _) = parse("t.md".into(), text.clone(), Format::Markdown);
    let spec = repeat_spec(20, 30, 0.9);
    let info = analyse(&doc, &spec);
    assert_eq!(info.repeats.len(), 1, "{:?}", info.repeats);
    let r = &info.repeats[0];
    assert_eq!(r.units, 2);
    assert_eq!(r.places.len(), 2);
    let second = &text[r.places[1].0..r.places[1].1];
    assert!(second.starts_with(a) && second.ends_with(b), "{second}");
    // Three copies of one paragraph in a row are one repeat of one paragraph, not a run.
    let text = format!("{a}\n\n{a}\n\n{a}\n");
    let (doc, _) = parse("t.md".into(), text, Format::Markdown);
    let info = analyse(&doc, &spec);
    assert_eq!(info.repeats.len(), 1);
    assert_eq!(
        (info.repeats[0].units, info.repeats[0].places.len()),
        (1, 3)
    );
}

#[test]
fn sentences_repeated_in_a_row_inside_other_paragraphs_are_one_repeat() {
    let s1 =
        "新しい倉庫では荷物の仕分けを機械が担い、人は例外の処理と点検に時間を使えるようになった。";
    let s2 =
        "導入の費用は三年で回収できる見込みで、ほかの拠点にも同じ仕組みを広げる計画があるという。";
    let text = format!("始めに。{s1}{s2}\n\n別の段落。{s1}{s2}最後に違う文。\n");
    let (doc, _) = parse("t.md".into(), text.clone(), Format::Markdown);
    let spec = repeat_spec(20, 30, 1.0);
    let info = analyse(&doc, &spec);
    let sentences: Vec<_> = info.repeats.iter().filter(|r| r.sentence).collect();
    assert_eq!(sentences.len(), 1, "{:?}", info.repeats);
    assert_eq!(sentences[0].units, 2);
    let (s, e) = sentences[0].places[0];
    assert_eq!(&text[s..e], format!("{s1}{s2}"));
}

#[test]
fn the_places_worked_out_while_reading_agree_with_the_documents_positions() {
    let p =
        "新しい倉庫では荷物の仕分けを機械が担い、人は例外の処理と点検に時間を使えるようになった。";
    // A byte-order mark, front matter, a wide emoji and a long line before the repeat.
    let text = format!(
        "\u{FEFF}---\ntitle: 倉庫 🏭\n---\n\n{}\n\n{p}\n\n- 項目 🏭 {p}\n\n---END---\n",
        "長い行。".repeat(3000)
    );
    let (doc, _) = parse("t.md".into(), text, Format::Markdown);
    let shipped = crate::config::Config::shipped();
    let spec = Spec::from_rules(&shipped.rules);
    let info = analyse(&doc, &spec);
    let mut spans: Vec<(usize, usize)> = info.artifacts.iter().map(|a| (a.start, a.end)).collect();
    for r in &info.repeats {
        spans.extend(&r.places);
    }
    spans.extend(info.sketch.as_ref().map(|s| s.at));
    assert!(spans.len() >= 4, "{spans:?}");
    for (start, end) in spans {
        let place = info.place(start, end);
        let last = doc.source()[..end]
            .char_indices()
            .next_back()
            .map_or(start, |(i, _)| i.max(start));
        let (a, b) = (doc.position(start), doc.position(last));
        assert_eq!(
            (place.line, place.column, place.end_line, place.end_column),
            (a.line, a.column, b.line, b.column),
            "{start}..{end}"
        );
    }
}

#[test]
fn the_byte_normaliser_agrees_with_a_character_one() {
    let sample = "Ａ社は、 *25%* 伸びた。 It's OK. Ünïcode ½ ① 𠮷野家 🏭 ｶﾀｶﾅ ＡＢＣ１２３ 한국어";
    // And every character of the blocks the normaliser reads from their bytes alone (CJK
    // punctuation, kana, Extension A and its hexagrams, the unified ideographs).
    let every: String = (0x3000..=0xA000).filter_map(char::from_u32).collect();
    let text = format!("{sample}{every}");
    let text = text.as_str();
    let expected: String = text
        .chars()
        .filter(|&c| word_char(c))
        .map(|c| match c {
            '\u{FF10}'..='\u{FF5A}' => char::from_u32(c as u32 - 0xFEE0).unwrap(),
            c => c,
        })
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let mut buf = String::new();
    let n = normalise_into(text, &mut buf);
    assert_eq!(buf, expected);
    assert_eq!(n, expected.chars().count());
}

#[test]
fn the_table_normaliser_agrees_with_the_character_test() {
    // Every character of the three-byte range, alone and between kept letters.
    for v in 0x800u32..=0xFFFF {
        let Some(c) = char::from_u32(v) else {
            continue;
        };
        let mut buf = String::new();
        let n = normalise_into(&format!("a{c}b"), &mut buf);
        let expected = if !word_char(c) {
            "ab".to_string()
        } else if ('\u{FF10}'..='\u{FF5A}').contains(&c) {
            format!(
                "a{}b",
                char::from_u32(v - 0xFEE0).unwrap().to_ascii_lowercase()
            )
        } else {
            format!("a{c}b")
        };
        assert_eq!(buf, expected, "U+{v:04X}");
        assert_eq!(n, expected.chars().count(), "U+{v:04X}");
    }
}

#[test]
fn sentences_found_while_normalising_are_those_the_splitter_finds() {
    let texts = [
        "市場は伸びた。「本当？」と聞いた！\nNext one. Version 1.5 shipped? yes",
        "  前の空白。後ろの空白。  ",
        "閉じ括弧まで（注記）。」』次の文！）？最後",
        "No stop at all",
        "。。！",
        "終わりに点.",
        "",
        "Ｆｕｌｌ　ｗｉｄｔｈ！ＯＫ？",
    ];
    for text in texts {
        let mut split = Vec::new();
        crate::load::prose::split_sentences(0, text, &mut split);
        let mut out = String::new();
        let mut found = Vec::new();
        let n = normalise_sentences(text, &mut out, &mut found);
        let spans: Vec<(usize, usize)> = found.iter().map(|s| (s.start, s.end)).collect();
        let expected: Vec<(usize, usize)> = split.iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(spans, expected, "{text:?}");
        let mut buf = String::new();
        for s in &found {
            let chars = normalise_into(&text[s.start..s.end], &mut buf);
            assert_eq!(s.hash, xxh3_64(buf.as_bytes()), "{text:?}");
            assert_eq!(s.chars, chars, "{text:?}");
        }
        let mut whole = String::new();
        assert_eq!(n, normalise_into(text, &mut whole), "{text:?}");
        assert_eq!(out, whole, "{text:?}");
    }
}

#[test]
fn overlapping_markers_are_one_finding_at_the_first() {
    let m = Markers::new(&[
        r"\{\{[a-z ]+\}\}".to_string(),
        r"\[todo\]".to_string(),
        r"\{\{ \[todo".to_string(),
    ]);
    let text = "本文 {{ [todo] }} と [todo] の二つ。";
    let found: Vec<&str> = m
        .find(text, 0)
        .into_iter()
        .map(|(s, e)| &text[s..e])
        .collect();
    // The first pattern fails at the first brace (a bracket inside); the third matches there
    // and the second's match inside it is dropped; the second [todo] stands alone.
    assert_eq!(found, vec!["{{ [todo", "[todo]"]);
}

/// The MinHashes the normalising pass makes as it goes are those worked out afterwards from
/// the normalised text: each prose block's character pairs, and the shingles of the body
/// (title and summary left out; the window runs on from one block into the next).
#[test]
fn hashes_made_while_normalising_are_those_of_the_normalised_text() {
    let text = "---\ntitle: \"見出しＡＢＣ 2026年\"\nexcerpt: \"要約の文。\"\n---\n\n\
        # 第一章: Growth\n\n北京のAI産業は2024年に12%成長した。Ｆｕｌｌ ｗｉｄｔｈ ＯＫ！\n\n\
        - 項目その一、😀絵文字と café\n- 二つ目\n\n| 表 | 値 |\n|---|---|\n| 売上 | 3,500億円 |\n\n\
        Short.\n\n最後の段落は、ここで終わる。\n";
    let (doc, _) = parse("t.md".into(), text.to_string(), Format::Markdown);
    let spec = Spec {
        repeats: Some(RepeatSpec {
            min_chars: 1,
            min_sentence_chars: 1,
            similarity: 0.9,
        }),
        sketch: true,
        ..Spec::default()
    };
    let norm = Normalised::of(&doc.blocks, &spec);
    let mut body: Vec<u64> = Vec::new();
    for (i, b) in doc.blocks.iter().enumerate() {
        let (t, _) = norm.block(i);
        if repeat_block(b) {
            assert_eq!(norm.pairs(i), &min_hash(t), "{t:?}");
        }
        assert_eq!(norm.hash(i), xxh3_64(t.as_bytes()));
        if sketch::in_body(b.kind) {
            body.extend(t.chars().map(|c| u64::from(c as u32)));
        }
    }
    assert!(body.len() > 40, "{body:?}");
    // Each five characters' polynomial hash, worked out whole.
    let mut mins = [u32::MAX; sketch::BINS];
    for w in body.windows(sketch::SHINGLE) {
        let rolling = w
            .iter()
            .fold(0u64, |h, &c| h.wrapping_mul(sketch::BASE).wrapping_add(c));
        let h = sketch::mix(rolling);
        let bin = (h >> 58) as usize;
        mins[bin] = mins[bin].min(h as u32);
    }
    let made = Sketch::of(&doc, &norm).expect("a body");
    assert_eq!(made.mins, mins.to_vec());
    assert!(mins.iter().any(|&m| m != u32::MAX));
}
