#pragma once
// Free text typed by people (presentations of organisations and projects, descriptions of calls,
// messages) keeps its paragraphs and line breaks on the page, as the forms' help texts promise.
// The text is escaped first, and only then given its <p> and <br>: no markup typed by a person
// ever reaches the page.

#include <string>
#include <string_view>

namespace essaim::web {

//! `text` as HTML: every character escaped (& < > " '), each run of blank lines closing a
//! paragraph (<p>…</p>), each remaining line break a <br>. CRLF and CR count as line breaks;
//! spaces at the ends of lines are dropped. The markup holds no line break of its own, so
//! that it reads the same inside an element styled `white-space: pre-line`. Empty or blank text gives an empty string.
std::string paragraphs_html(std::string_view text);

//! Registers the template modifier `x-paragraphs` ({{DESCRIPTION:x-paragraphs}}), which writes a
//! value through `paragraphs_html`. It is registered as safe for HTML, so the auto-escaper adds no
//! second escaping after it; call before templates are loaded (the Renderer does). Idempotent.
void register_paragraphs_modifier();

} // namespace essaim::web
