"""Regular expressions for the shapes every Chinese official document shares (on folded text)."""

from __future__ import annotations

import re

# 文号: issuer code, year in any bracket, sequence, 号.
NUMBER = re.compile(
    r"(?P<code>[\u4e00-\u9fff]{0,12}?)\s*[〔\[(【［]\s*(?P<year>(?:19|20)\d{2})\s*[〕\])】］]\s*第?\s*"
    r"(?P<seq>\d{1,5})\s*号"
)
# Outline markers that open a new paragraph: 一、 （二） 3. 第四条.
ENUMERATOR = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.]|\(\s*[一二三四五六七八九十\d]{1,3}\s*\)|\d{1,2}\s*[.、](?!\d)"
    r"|第[一二三四五六七八九十百\d]{1,4}[章节条]|附件\s*\d*)"
)
# Role labels that open a roster row (spaced as printed: 组 长, 副 组 长).
ROLE_LABEL = re.compile(
    r"^\s*(?:第\s*一\s*|常\s*务\s*|执\s*行\s*)?(?:副\s*)?(?:组\s*长|总\s*指\s*挥|指\s*挥\s*长|主\s*任(?:\s*委\s*员)?"
    r"|成\s*员|委\s*员|召\s*集\s*人|秘\s*书\s*长|顾\s*问)\s*[:：]"
)
TITLE_END = re.compile(r"的(通知|批复|决定|意见|函|通报|公告|通告|报告|请示)$")
