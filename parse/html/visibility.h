// Which elements never contribute visible posting text: non-content tags
// (scripts, navigation, forms, ...), elements hidden by markup or inline
// style, and page furniture recognizable by its class, id or ARIA role
// (cookie banners, "similar jobs", "people also viewed", breadcrumbs, ...).
#pragma once

#include "parse/html/dom.h"

namespace jobpipe::html {

/// Tags whose whole subtree is dropped (script, style, nav, header, footer,
/// aside, form, button, select, svg, iframe, ...).
bool IsDroppedTag(Tag tag);

/// hidden attribute, aria-hidden="true", style display:none or
/// visibility:hidden, class visually-hidden / sr-only.
bool IsHidden(const Dom& dom, int node);

/// Cookie/consent banners, related/similar job lists, breadcrumbs, share
/// bars, sign-in modals, and ARIA landmarks for navigation and furniture.
bool IsPageFurniture(const Dom& dom, int node);

/// A <header> inside an article, main or section: the content's own header
/// (its h1, its facts), not the site's banner (as HTML's "banner" role says).
bool IsContentHeader(const Dom& dom, int node);

/// Everything above together: the subtree is skipped by every walk.
inline bool IsSkipped(const Dom& dom, int node) {
  const Tag tag = dom.nodes[node].tag;
  if (tag == Tag::kText || tag == Tag::kDocument) return false;
  if (tag == Tag::kHeader && IsContentHeader(dom, node)) return IsHidden(dom, node) || IsPageFurniture(dom, node);
  return IsDroppedTag(tag) || IsHidden(dom, node) || IsPageFurniture(dom, node);
}

}  // namespace jobpipe::html
