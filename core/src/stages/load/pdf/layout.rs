//! A page's content stream read as lines of text: the text-showing operators decoded
//! through their fonts, with a line break wherever the text moves to another line and a
//! space wherever it jumps ahead on the same line, measured from the operators' positions.

use super::fonts::{number, Font};
use lopdf::content::{Content, Operation};
use lopdf::Object;
use std::collections::BTreeMap;
use std::rc::Rc;

/// How far the next text may sit above or below the last, in ems, and still be on its line
/// (superscripts and subscripts move less, line spacing more).
const SAME_LINE: f64 = 0.5;
/// How far ahead of where the last text ended the next may start, in ems, before a space
/// is put between them: kerning moves less, a word space more.
const WORD_GAP: f64 = 0.15;
/// Ahead by more ems, the next text is in another column (a table's next cell, the right
/// half of a notice's heading) and a tab is put between them, as the HTML loader puts one
/// between cells: a justified line stretches its spaces to about one em.
const COLUMN_GAP: f64 = 2.0;
/// A line that starts this many times the page's usual line spacing below the last
/// opens a paragraph: Word adds at least 6 pt before or after one (1.3 to 1.4 times its
/// single spacing at 12 to 14 pt), and a heading more.
const PARAGRAPH_GAP: f64 = 1.25;
/// A step of more ems always opens a paragraph: Word's single and one-and-a-half spacing
/// are 1.15 and 1.75 ems, and the page may not have shown its usual one yet. (Text set
/// double-spaced reads as a paragraph a line: its wraps are not joined.)
const PARAGRAPH_STEP: f64 = 2.0;
/// The smallest step, in ems, taken for a page's line spacing.
const MIN_LINE_STEP: f64 = 0.9;

/// Graphics states saved with `q` that are kept; further ones are not.
const MAX_SAVED: usize = 256;

/// What reading a page's content came to.
pub struct PageRead {
    /// Every operator parsed: reading stops at the first that does not.
    pub whole: bool,
    /// Strings shown in a font the page does not have, or that could not be read: left out.
    pub unreadable: usize,
    /// Strings shown in a readable font.
    pub shown: usize,
}

/// Appends the text of one page's content to `out`, ending with a line break. What came
/// before an operator that does not parse is kept.
pub fn write_page(content: &[u8], fonts: &BTreeMap<Vec<u8>, Rc<Font<'_>>>, out: &mut String) -> PageRead {
    let mut pen = Pen::default();
    let mut whole = true;
    for operation in Content::decode_iter(content) {
        let Ok(operation) = operation else {
            whole = false;
            break;
        };
        pen.apply(&operation, fonts, out);
    }
    end_line(out);
    // A text object left open means the content was cut short: a stream that inflates only
    // in part reads as the part, with no error.
    PageRead { whole: whole && !pen.in_text, unreadable: pen.unreadable, shown: pen.shown }
}

fn end_line(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// An affine matrix `[a b c d e f]`, as PDF writes them (row vectors on the left).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Matrix([f64; 6]);

impl Default for Matrix {
    fn default() -> Self {
        Matrix([1.0, 0.0, 0.0, 1.0, 0.0, 0.0])
    }
}

impl Matrix {
    fn translation(x: f64, y: f64) -> Self {
        Matrix([1.0, 0.0, 0.0, 1.0, x, y])
    }

    /// `self × then`: apply `self`, then `then`.
    fn then(self, then: Matrix) -> Matrix {
        let [a, b, c, d, e, f] = self.0;
        let [a2, b2, c2, d2, e2, f2] = then.0;
        Matrix([
            a * a2 + b * c2,
            a * b2 + b * d2,
            c * a2 + d * c2,
            c * b2 + d * d2,
            e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2,
        ])
    }

    fn origin(self) -> (f64, f64) {
        (self.0[4], self.0[5])
    }
}

/// Where shown text lands, in device space, which way its baseline runs there (a unit
/// vector: a page turned by its content matrix turns its lines too) and how large an em is.
#[derive(Clone, Copy)]
struct Mark {
    x: f64,
    y: f64,
    along: (f64, f64),
    em: f64,
}

/// The text state of PDF 32000-1 §9.3 and the graphics state's matrix, as far as
/// placing text needs them.
#[derive(Default)]
struct Pen<'f, 'd> {
    ctm: Matrix,
    saved: Vec<Matrix>,
    text: Matrix,
    line: Matrix,
    leading: f64,
    char_spacing: f64,
    word_spacing: f64,
    font: Option<&'f Rc<Font<'d>>>,
    size: f64,
    /// Where the last shown text ended, and whether that is known (its font has widths)
    /// or only its line is.
    last: Option<(Mark, bool)>,
    /// Strings shown with no readable font, and with one.
    unreadable: usize,
    shown: usize,
    /// Inside `BT` … `ET`.
    in_text: bool,
    /// The smallest step from one line down to the next on this page, in ems.
    line_step: Option<f64>,
}

impl<'f, 'd> Pen<'f, 'd> {
    fn apply(&mut self, op: &Operation, fonts: &'f BTreeMap<Vec<u8>, Rc<Font<'d>>>, out: &mut String) {
        let n = |i: usize| op.operands.get(i).and_then(number);
        match op.operator.as_str() {
            // Nesting is bounded (PDF 32000-1 Annex C.2 suggests 28 levels), so that a hostile
            // stream of `q`s cannot grow the stack to many times its own size.
            "q" if self.saved.len() < MAX_SAVED => self.saved.push(self.ctm),
            "Q" => self.ctm = self.saved.pop().unwrap_or_default(),
            "cm" => {
                if let Some(m) = matrix(&op.operands) {
                    self.ctm = m.then(self.ctm);
                }
            }
            "BT" => {
                (self.text, self.line) = (Matrix::default(), Matrix::default());
                self.in_text = true;
            }
            "ET" => self.in_text = false,
            "Tf" => {
                self.font = op.operands.first().and_then(|o| o.as_name().ok()).and_then(|name| fonts.get(name));
                self.size = n(1).unwrap_or(0.0);
            }
            "TL" => self.leading = n(0).unwrap_or(0.0),
            "Tc" => self.char_spacing = n(0).unwrap_or(0.0),
            "Tw" => self.word_spacing = n(0).unwrap_or(0.0),
            "Td" => self.move_line(n(0).unwrap_or(0.0), n(1).unwrap_or(0.0)),
            "TD" => {
                self.leading = -n(1).unwrap_or(0.0);
                self.move_line(n(0).unwrap_or(0.0), n(1).unwrap_or(0.0));
            }
            "Tm" => {
                if let Some(m) = matrix(&op.operands) {
                    (self.text, self.line) = (m, m);
                }
            }
            "T*" => self.next_line(),
            "Tj" | "TJ" => self.show_all(&op.operands, out),
            "'" => {
                self.next_line();
                self.show_all(&op.operands[..op.operands.len().min(1)], out);
            }
            "\"" => {
                self.word_spacing = n(0).unwrap_or(self.word_spacing);
                self.char_spacing = n(1).unwrap_or(self.char_spacing);
                self.next_line();
                self.show_all(op.operands.get(2..).unwrap_or_default(), out);
            }
            _ => {}
        }
    }

    fn move_line(&mut self, x: f64, y: f64) {
        self.line = Matrix::translation(x, y).then(self.line);
        self.text = self.line;
    }

    fn next_line(&mut self) {
        self.move_line(0.0, -self.leading);
    }

    /// Shows strings and, inside `TJ` arrays, moves the pen back by the numbers between them.
    fn show_all(&mut self, operands: &[Object], out: &mut String) {
        for operand in operands {
            match operand {
                Object::String(bytes, _) => self.show(bytes, out),
                Object::Array(items) => self.show_all(items, out),
                other => {
                    if let Some(thousandths) = number(other) {
                        self.advance(-thousandths / 1000.0 * self.size);
                    }
                }
            }
        }
    }

    fn show(&mut self, bytes: &[u8], out: &mut String) {
        let Some(font) = self.font else {
            self.unreadable += 1;
            return;
        };
        self.shown += 1;
        if bytes.is_empty() {
            // Shows nothing and so places nothing: some writers mark a blank line this way,
            // and it must not hide the gap before the next paragraph.
            return;
        }
        let start = self.mark();
        self.separate(start, out);
        let shown = font.show(bytes, out);
        let width = shown.width / 1000.0 * self.size
            + self.char_spacing * shown.glyphs as f64
            + self.word_spacing * shown.spaces as f64;
        self.advance(width);
        self.last = Some((self.mark(), font.has_widths()));
    }

    fn advance(&mut self, x: f64) {
        self.text = Matrix::translation(x, 0.0).then(self.text);
    }

    /// The pen's place in device space.
    fn mark(&self) -> Mark {
        let placed = self.text.then(self.ctm);
        let (x, y) = placed.origin();
        let [a, b, c, d, _, _] = placed.0;
        let length = a.hypot(b);
        let along = if length > 0.0 { (a / length, b / length) } else { (1.0, 0.0) };
        Mark { x, y, along, em: (self.size * c.hypot(d)).abs() }
    }

    /// A line break before text that sits on another line than the last, a blank line
    /// when that line is well below the usual spacing or back up the page (a paragraph, a
    /// table cell, a column: where a wrapped line cannot go on), a space before text that
    /// starts well ahead of where the last ended.
    fn separate(&mut self, start: Mark, out: &mut String) {
        let Some((last, end_known)) = self.last else { return };
        let em = start.em.max(last.em).max(1e-3);
        let (dx, dy) = (start.x - last.x, start.y - last.y);
        let (ux, uy) = start.along;
        // `across` grows down the page, whichever way its lines run.
        let (ahead, across) = (dx * ux + dy * uy, dx * uy - dy * ux);
        if across.abs() > SAME_LINE * em {
            let step = across / em;
            let paragraph = step < 0.0 || step > self.line_step.map_or(PARAGRAPH_STEP, |usual| (PARAGRAPH_GAP * usual).min(PARAGRAPH_STEP));
            // A step under an em is a mark set low or high, no line spacing.
            if step >= MIN_LINE_STEP {
                self.line_step = Some(self.line_step.map_or(step, |usual| usual.min(step)));
            }
            end_line(out);
            if paragraph {
                out.push('\n');
            }
        } else if end_known && ahead > COLUMN_GAP * em && !out.ends_with('\n') {
            let spaced = out.trim_end_matches(' ').len();
            out.truncate(spaced);
            out.push('\t');
        } else if end_known && ahead > WORD_GAP * em && !out.ends_with(char::is_whitespace) {
            out.push(' ');
        }
    }
}

/// The six numbers of a `cm` or `Tm` operator.
fn matrix(operands: &[Object]) -> Option<Matrix> {
    let numbers: Vec<f64> = operands.iter().map(number).collect::<Option<_>>()?;
    Some(Matrix(numbers.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_graphics_states_are_bounded() {
        let (fonts, mut out, mut pen) = (BTreeMap::new(), String::new(), Pen::default());
        for _ in 0..10_000 {
            pen.apply(&Operation::new("q", vec![]), &fonts, &mut out);
        }
        assert_eq!(pen.saved.len(), MAX_SAVED);
        pen.apply(&Operation::new("Q", vec![]), &fonts, &mut out);
        assert_eq!(pen.saved.len(), MAX_SAVED - 1);
    }
}
