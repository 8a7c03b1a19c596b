//! Markdown → prose blocks, with pulldown-cmark's source offsets.
//!
//! Paragraphs, headings, list items, table cells and block quotes are prose. Code blocks,
//! inline code, HTML, link targets, autolinks and images are not: inline non-prose becomes
//! a [`PLACEHOLDER`] so that the figures on either side stay apart.

use super::prose::{Block, BlockKind, PLACEHOLDER};
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// Reads the Markdown `body` that starts at byte `base` of its file into prose blocks.
pub fn blocks(body: &str, base: usize, out: &mut Vec<Block>) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut current: Option<Block> = None;
    // Depth of constructs whose text is not prose (images, autolinks, code blocks, metadata).
    let mut skip = 0usize;
    let mut placeholder = [0u8; 4];
    let placeholder: &str = PLACEHOLDER.encode_utf8(&mut placeholder);

    // Depth of ordinary links, and whether the current block has prose outside them: a block
    // that is nothing but a link ("- [Another post's title](/2025/…)") restates another
    // article and is not read.
    let mut link_depth = 0usize;
    let mut outside_links = false;
    let flush = |current: &mut Option<Block>, out: &mut Vec<Block>, outside_links: &mut bool| {
        if let Some(b) = current.take() {
            if !b.is_blank() && *outside_links {
                out.push(b);
            }
        }
        *outside_links = false;
    };

    // Where a table cell stands: the table (from 1), the row (0: the header), the column.
    let (mut table, mut row, mut column) = (0u32, 0u32, 0u32);
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let src = base + range.start..base + range.end;
        match event {
            Event::Start(tag) => match tag {
                Tag::Table(_) => {
                    table += 1;
                    row = 0;
                    column = 0;
                }
                Tag::TableHead => {
                    row = 0;
                    column = 0;
                }
                Tag::TableRow => {
                    row += 1;
                    column = 0;
                }
                Tag::Paragraph | Tag::Heading { .. } | Tag::Item | Tag::TableCell => {
                    let cell = matches!(tag, Tag::TableCell).then_some((table, row, column));
                    column += u32::from(cell.is_some());
                    let kind = match tag {
                        Tag::Heading { .. } => BlockKind::Heading,
                        Tag::Item => BlockKind::ListItem,
                        Tag::TableCell => BlockKind::TableCell,
                        _ => {
                            // A paragraph inside a list item continues that item's text
                            // only when the item has none yet; otherwise it stands alone.
                            BlockKind::Paragraph
                        }
                    };
                    flush(&mut current, out, &mut outside_links);
                    let mut block = Block::new(kind);
                    block.cell = cell;
                    current = Some(block);
                }
                Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_) => {
                    flush(&mut current, out, &mut outside_links);
                    skip += 1;
                }
                Tag::Image { .. } => {
                    skip += 1;
                    if let Some(b) = current.as_mut() {
                        b.push_synthetic(placeholder, src);
                    }
                }
                Tag::Link {
                    link_type: LinkType::Autolink | LinkType::Email,
                    ..
                } if skip == 0 => {
                    skip += 1;
                    if let Some(b) = current.as_mut() {
                        b.push_synthetic(placeholder, src);
                    }
                }
                Tag::Link { .. } if skip == 0 => link_depth += 1,
                _ => {}
            },
            Event::End(end) => match end {
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell => {
                    flush(&mut current, out, &mut outside_links);
                }
                TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) => {
                    skip = skip.saturating_sub(1);
                }
                TagEnd::Image => skip = skip.saturating_sub(1),
                TagEnd::Link if skip > 0 => {
                    // Only autolinks and e-mail links raised `skip` inside prose.
                    skip -= 1;
                }
                TagEnd::Link => link_depth = link_depth.saturating_sub(1),
                _ => {}
            },
            Event::Text(text) if skip == 0 => {
                if link_depth == 0 && !text.trim().is_empty() {
                    outside_links = true;
                }
                let block = current.get_or_insert_with(|| Block::new(BlockKind::Paragraph));
                let written = &body[range.clone()];
                if written == &*text {
                    block.push_source(&text, src.start);
                } else {
                    block.push_synthetic(&text, src);
                }
            }
            Event::Code(_)
            | Event::InlineHtml(_)
            | Event::Html(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
                if skip == 0 =>
            {
                if let Some(b) = current.as_mut() {
                    b.push_synthetic(placeholder, src);
                }
            }
            Event::SoftBreak | Event::HardBreak if skip == 0 => {
                if let Some(b) = current.as_mut() {
                    b.push_synthetic("\n", src);
                }
            }
            _ => {}
        }
    }
    flush(&mut current, out, &mut outside_links);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<(BlockKind, String)> {
        let mut out = Vec::new();
        blocks(md, 0, &mut out);
        out.into_iter().map(|b| (b.kind, b.text)).collect()
    }

    #[test]
    fn prose_blocks_keep_text_and_drop_code_links_and_html() {
        let md = "# 見出し 2025年\n\n売上は **25%** 増えた。`v2.0` を見よ [記事](https://x.example/3) <https://y.example/4>\n\n```\nlet x = 42;\n```\n\n- 項目 3件\n- item two\n\n| a | b |\n|---|---|\n| 5% | 6社 |\n\n> 引用 7人\n\n<div>99</div>\n\n![alt 8](img/9.png)\n";
        let got = texts(md);
        let p = PLACEHOLDER;
        assert_eq!(
            got,
            vec![
                (BlockKind::Heading, "見出し 2025年".to_string()),
                (
                    BlockKind::Paragraph,
                    format!("売上は 25% 増えた。{p} を見よ 記事 {p}")
                ),
                (BlockKind::ListItem, "項目 3件".to_string()),
                (BlockKind::ListItem, "item two".to_string()),
                (BlockKind::TableCell, "a".to_string()),
                (BlockKind::TableCell, "b".to_string()),
                (BlockKind::TableCell, "5%".to_string()),
                (BlockKind::TableCell, "6社".to_string()),
                (BlockKind::Paragraph, "引用 7人".to_string()),
            ]
        );
    }

    #[test]
    fn table_cells_know_their_table_row_and_column() {
        // An empty cell is no block, but the cells after it keep their columns.
        let md = "| x | A | B |\n|---|---|---|\n| m | 1% |  |\n| n | 2% | 3% |\n\ntext\n\n| y |\n|---|\n| 4 |\n";
        let mut out = Vec::new();
        blocks(md, 0, &mut out);
        let cells: Vec<(String, Option<crate::load::prose::Cell>)> =
            out.into_iter().map(|b| (b.text, b.cell)).collect();
        let want = |t: &str, c: Option<crate::load::prose::Cell>| (t.to_string(), c);
        assert_eq!(
            cells,
            vec![
                want("x", Some((1, 0, 0))),
                want("A", Some((1, 0, 1))),
                want("B", Some((1, 0, 2))),
                want("m", Some((1, 1, 0))),
                want("1%", Some((1, 1, 1))),
                want("n", Some((1, 2, 0))),
                want("2%", Some((1, 2, 1))),
                want("3%", Some((1, 2, 2))),
                want("text", None),
                want("y", Some((2, 0, 0))),
                want("4", Some((2, 1, 0))),
            ]
        );
    }

    #[test]
    fn offsets_map_back_to_the_source() {
        let md = "intro\n\n売上は**25%**増えた。\n\n- [別の記事 30%](/2025/01/x)\n- 本文 [リンク](/y) 5%\n";
        let mut out = Vec::new();
        blocks(md, 10, &mut out);
        // The list item that is only a link to another post is not prose.
        assert_eq!(out.len(), 3, "{out:?}");
        assert_eq!(out[2].text, "本文 リンク 5%");
        let b = &out[1];
        let at = b.text.find("25%").unwrap();
        let (s, e) = b.source_range(at, at + 3);
        assert_eq!(&md[s - 10..e - 10], "25%");
    }
}
