"""Every hand-annotated corpus under tests/fixtures/, scored against its .expected files.

The corpora (format in tests/corpus.py; what each holds in the docstring of its rule tests):
generality (tests/test_generality_corpus.py), heldout (tests/test_heldout_corpus.py) and the held-out
rounds 3–5 per fact type (tests/test_heldoutN_<type>.py), all written before the rules that read them.
Per corpus: one check that it holds its documents, one precision/recall table with a micro-F1 floor; per
file: its scored facts are exactly the expected ones, and its document header is read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import FIXTURES, TXT_AND_HTML, Corpus, Score, read_expected, report, score

CORPORA = (
    Corpus("generality", None, min_micro_f1=0.98, min_documents=20),
    Corpus("heldout", None, min_micro_f1=0.99, min_documents=25, formats=TXT_AND_HTML),
    # Only appointment facts are scored in the appointment rounds; document lines check the header.
    Corpus("heldout3_appointment", ("appointment",), min_micro_f1=1.0, min_documents=15, formats=TXT_AND_HTML,
           ignore_other_types=True),
    Corpus("heldout4_appointment", ("appointment",), min_micro_f1=1.0, min_documents=10, formats=TXT_AND_HTML,
           ignore_other_types=True),
    # 0.759 before its rules.
    Corpus("heldout5_appointment", ("appointment",), min_micro_f1=1.0, min_documents=10, formats=TXT_AND_HTML,
           ignore_other_types=True),
    # Before this round's rules: 0.952 (P 0.98, R 0.93); after: 1.000.
    Corpus("heldout6_appointment", ("appointment",), min_micro_f1=1.0, min_documents=15, formats=TXT_AND_HTML,
           ignore_other_types=True),
    # Before this round's rules: 0.975 (P 1.00, R 0.95); after: 1.000.
    Corpus("heldout7_appointment", ("appointment",), min_micro_f1=1.0, min_documents=20, formats=TXT_AND_HTML,
           ignore_other_types=True),
    Corpus("heldout3_attendance", ("attendance",), min_micro_f1=0.99, min_documents=15, formats=TXT_AND_HTML),
    Corpus("heldout4_attendance", ("attendance",), min_micro_f1=0.99, min_documents=10, formats=TXT_AND_HTML),
    Corpus("heldout5_attendance", ("attendance",), min_micro_f1=0.99, min_documents=10, formats=TXT_AND_HTML),
    # Before this round's rules: 0.876 (P 0.97, R 0.80); after: 1.000.
    Corpus("heldout6_attendance", ("attendance",), min_micro_f1=0.99, min_documents=15, formats=TXT_AND_HTML),
    # Before this round's rules: 0.870 (P 0.91, R 0.83); after: 0.995; 1.000 since dotted names may run past
    # seven characters (round 8).
    Corpus("heldout7_attendance", ("attendance",), min_micro_f1=0.99, min_documents=15, formats=TXT_AND_HTML),
    # Membership rounds score no document headers.
    Corpus("heldout3_membership", ("membership",), min_micro_f1=0.99, min_documents=15, formats=TXT_AND_HTML,
           headers=False),
    Corpus("heldout4_membership", ("membership",), min_micro_f1=0.99, min_documents=10, formats=TXT_AND_HTML,
           headers=False),
    Corpus("heldout5_membership", ("membership",), min_micro_f1=0.99, min_documents=10, formats=TXT_AND_HTML,
           headers=False),
    Corpus("heldout6_membership", ("membership",), min_micro_f1=1.0, min_documents=8, formats=TXT_AND_HTML,
           headers=False),
    # Before this round's rules: 0.898 (P 1.00, R 0.81); after: 0.968; 1.000 since round 11 reads a table whose
    # columns are separated by runs of two spaces (职  务      姓  名      科室及职务).
    Corpus("heldout7_membership", ("membership",), min_micro_f1=1.0, min_documents=15, formats=TXT_AND_HTML,
           headers=False),
    # Before this round's rules: 0.881 (P 0.93, R 0.83); after: 1.000.
    Corpus("heldout3_oversight", ("oversight",), min_micro_f1=0.99, min_documents=15, formats=TXT_AND_HTML),
    # Before this round's rules: 0.693 (P 0.72, R 0.67); after: 0.990.
    # 黃春燕副縣長不再分管X (no 同志, post glued after the name) is read since round 9.
    Corpus("heldout4_oversight", ("oversight",), min_micro_f1=0.985, min_documents=10, formats=TXT_AND_HTML),
    # Before this round's rules: 0.678 (P 0.92, R 0.54); after: 0.952 (P 1.00, R 0.91).
    # A PDF roster with every character spaced (needs collapsing in extract.text) and a policy 实施方案 whose
    # 组织保障 assigns leaders' duties (not read as a division of labour, to keep duty sentences of rosters out).
    Corpus("heldout5_oversight", ("oversight",), min_micro_f1=0.95, min_documents=10, formats=TXT_AND_HTML,
           known_gaps=frozenset({"p06_policy_plan_mixed"})),
    # Before this round's rules: 0.957 (P 0.98, R 0.94); after: 1.000.
    Corpus("heldout6_oversight", ("oversight",), min_micro_f1=0.99, min_documents=8, formats=TXT_AND_HTML),
    # Before this round's rules: 0.847 (P 0.90, R 0.80); after: 1.000.
    Corpus("heldout7_oversight", ("oversight",), min_micro_f1=0.99, min_documents=6, formats=TXT_AND_HTML),
    # Appointment and oversight together (人大常委会 任免, 政协, 提名, 挂职, 公示, 乡镇 AB角, 调整分工).  Before this
    # round's rules: appointment 0.861 (P 0.89, R 0.83), oversight 0.910 (P 1.00, R 0.84); after: 1.000 both.
    Corpus("heldout8_appt_oversight", ("appointment", "oversight"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True),
    # Mentions (with the attendance of the same minutes): chronicles, news items, minutes' openings.  Before this
    # round's rules (first 15 files): mention 0.392 (P 0.42, R 0.36), attendance 1.000; after (17 files): 1.000.
    Corpus("heldout8_mention", ("mention", "attendance"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True),
    # Headers (a `header` line per document) and citations.  Before this round's rules, first 15 files: headers
    # 16/19, citation 0.982 (P 1.00, R 0.97); files 16-20 written after the first fixes: headers 4/7 (plus 3
    # contents entries read as documents), citation 0.941 (P 1.00, R 0.89).  After: headers 26/26, citation 1.000.
    Corpus("heldout8_header", ("citation",), min_micro_f1=1.0, min_documents=20, formats=TXT_AND_HTML,
           ignore_other_types=True),
    # Groups (name, kind, parent, action) with the memberships of the same notices; no headers scored.
    # Before this round's rules: group 0.744 (P 0.89, R 0.64), membership 0.904, all 0.870; after: 1.000.
    Corpus("heldout8_group", ("group", "membership"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True, headers=False),
    # Groups and memberships, round 9: gazette contents lists, heading-line roles, rowspan tables, news, minutes
    # and work reports naming groups in passing.  Before this round's rules: group 0.711 (P 0.84, R 0.62),
    # membership 0.941 (P 0.96, R 0.92), all 0.889; after: 1.000.
    Corpus("heldout9_group", ("group", "membership"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True, headers=False),
    # Groups round 10: 清理规范 lists (保留/撤销/合并/更名), work plans setting up several 专班, 前方指挥部 and
    # subgroup rosters, partial adjustments (不再担任…由Y接任), 专门委员会, quoted names, a plan with none.
    # Before this round's rules: group 0.824 (P 0.97, R 0.72), membership 0.957 (P 1.00, R 0.92), all 0.913;
    # after: 1.000.
    Corpus("heldout10_group", ("group", "membership"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True, headers=False),
    # Round 9 of appointment and oversight (人大/政协 任免, 党组 任职, 挂任, 公示 tables, 试用期 columns, 局 分工 in
    # run-on text, HTML 分工 tables with merged cells, 不再分管).  Before this round's rules: appointment 0.846
    # (P 0.92, R 0.79), oversight 0.925 (P 1.00, R 0.86); after: 1.000 and 0.994; 1.000 since round 10
    # repeats an HTML rowspan cell on the rows it spans (extract.load.html_text).
    Corpus("heldout9_appt_oversight", ("appointment", "oversight"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True),
    # Mentions round 9 (mid-file month headings 1月份大事记, minutes' 参会人员 tables, posts in brackets after names).
    # Before this round's rules: mention 0.871 (P 0.92, R 0.83), attendance 0.886 (P 0.97, R 0.81); after: 1.000.
    Corpus("heldout9_mention", ("mention", "attendance"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True),
    # Mentions round 10 (常务会议 header blocks grouped by post or spaced, 参加会议的有 in a paragraph, 乡镇/街道/
    # 医院/学校 chronicles, 政务动态 news items).  Before this round's rules: mention 0.914 (P 0.93, R 0.90),
    # attendance 0.932 (P 1.00, R 0.87); after: 1.000.
    Corpus("heldout10_mention", ("mention", "attendance"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True),
    # Mentions round 11 (province and ministry chronicles, 年鉴 【】 entries, 出席/列席/请假 in one paragraph,
    # Word-table minutes, news channels known by title or breadcrumb, datelines naming officials only by post).
    # Before this round's rules: mention 0.860 (P 0.99, R 0.76), attendance 1.000, all 0.901; after: 1.000.
    Corpus("heldout11_mention", ("mention", "attendance"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True),
    # Round 9 headers and citations: joint signatures, 党委/人大 documents, 公告/通告/批复/函, repeal tables,
    # news reprints, a gazette of several documents.  Before this round's rules: headers 10/17, citation 0.870
    # (P 1.00, R 0.77); after: headers 17/17, citation 1.000.
    Corpus("heldout9_header", ("citation",), min_micro_f1=1.0, min_documents=15, formats=TXT_AND_HTML,
           ignore_other_types=True),
    # Round 10 headers and citations: gazettes of 令 and 文件 with contents lists, 令 signed by 省长/市长, joint
    # party-government and ministry issuers, 第N号 numbers, 印发 lines, attachments, laws cited without numbers.
    # Before this round's rules: headers 14/20, citation 0.958 (P 0.97, R 0.94); after: headers 20/20, citation 1.000.
    Corpus("heldout10_header", ("citation",), min_micro_f1=1.0, min_documents=15, formats=TXT_AND_HTML,
           ignore_other_types=True),
    # Round 10 of appointment and oversight (人大 任免名单 with 代理, 政协, university 党委/行政, hospital
    # HTML table, 提名 人选, 挂职 and 试用期满, 任前公示, 乡镇 AB角, run-on 街道, 代管 adjustments, GBK,
    # traditional, colspan table).
    # Before this round's rules: appointment 0.852 (P 0.90, R 0.81), oversight 0.713 (P 0.95, R 0.57); after:
    # 0.937 and 1.000; 1.000 since round 11 reads two titles of one organ after 、 (副县长、代理县长;
    # 副院长、审判委员会委员; 审判委员会委员、审判员: extract/data/appointment_court_bodies.txt).
    Corpus("heldout10_appt_oversight", ("appointment", "oversight"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True),
    # Round 11 of appointment and oversight (省政府 任免 with a trailing 试用期 note, 人大 任免名单 in a Word table,
    # 市长 提请任免 议案, university/hospital/国企 任免, 省政府 分工 with wrapped lists, 协助…分管, 分工调整 changes,
    # 镇 AB角, run-on 街道 in GBK, traditional 政协, 挂职 and 试用期满, 任前公示).  Before this round's rules, first 15
    # files: appointment 0.704 (P 0.93, R 0.57), oversight 1.000; files 16-20 (written after the first fixes):
    # 1.000 both; files 21-23: appointment 0.588 (P 0.71, R 0.50), oversight 0.947 (P 1.00, R 0.90).  After: 1.000.
    Corpus("heldout11_appt_oversight", ("appointment", "oversight"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True),
    # Round 11 of whole documents: gazette issues (province, city, county, ministry) with 目录, 令, group notices,
    # 任免, 分工, minutes, 大事记, 批复, 废止; web pages with breadcrumbs and metadata tables, run-on web text, a
    # PDF with page furniture, GBK, traditional.  Before this round's rules: headers 9/25 (a signing date taken
    # for the next document's masthead), all 0.938 (membership 0.941, appointment 0.878, group 0.750, citation
    # 0.900); after: headers 24/25, all 1.000; 25/25 since round 12 reads a body's name right above a 关于 line
    # as the title's first half (a masthead stands apart by a blank line).
    Corpus("heldout11_gazette", ("membership", "appointment", "oversight", "attendance", "group", "mention",
           "citation"), min_micro_f1=0.99, min_documents=10, formats=TXT_AND_HTML),
    # Round 12 of whole documents: gazettes of 江西 (令 with contents), 安徽 (文号 in brackets under the title),
    # 云南 (抄送 and 印发 lines after each document), a ministry (部令 2025年第3号), 青海 county page with a list
    # of links, a 宁夏 PDF with a two-column contents page and page furniture, traditional 内蒙古, a 吉林 HTML
    # 专班 table, GBK 山西, run-on 重庆.  Before this round's rules (first 10 files): headers 26/33 (bracketed 文号
    # under the title, 2025年第3号 under a 部令, a 批复 on 调整…小组 taken for a group notice), all 0.920
    # (oversight 0.690, attendance 0.900, appointment 0.966, mention 0.947); files 11-12 (university page, town
    # A角/B角 cycle): all 0.949; file 13 (title and bracketed 文号 on one line): headers 0/3.  After: headers
    # 40/40, all 0.987.  Not read yet: a 出席 list with a five-character Mongolian name (extract/minutes.py); a
    # cycle of A角/B角 pairs read as mutual backups (extract/division.py).
    Corpus("heldout12_gazette", ("membership", "appointment", "oversight", "attendance", "group", "mention",
           "citation"), min_micro_f1=0.985, min_documents=13, formats=TXT_AND_HTML,
           # g12: A角/B角 printed per leader as a cycle is read as mutual pairs (three reverse facts too many).
           known_gaps=frozenset({"g12_hebei_town_gazette"})),
    # Groups round 11 (province 委员会 with 秘书长, ministry 联席会议, 专项小组 under a quoted 领导小组, Word
    # table, one-line rosters with posts in brackets, 议事协调机构 lists, renames, 学位评定委员会, a plan with none).
    # Before this round's rules: group 0.881 (P 0.96, R 0.81), membership 0.917 (P 0.94, R 0.90), all 0.908;
    # after: 1.000.
    Corpus("heldout11_group", ("group", "membership"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True, headers=False),
    # Mentions round 12 (county/town chronicles with 是月 and day ranges, joint entries, posts in brackets after
    # names, minutes' 出席/列席/请假 lists wrapped over lines, a Word table of 类别/姓名/职务).  Before this
    # round's rules: mention 0.932 (P 0.94, R 0.93), attendance 0.704 (P 0.71, R 0.69), all 0.876; after: 1.000.
    Corpus("heldout12_mention", ("mention", "attendance"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True),
    # Groups round 12 (county/town/village notices, numbered-list rosters, role and post in one cell, page breaks,
    # 临时党支部, partial adjustments 增补/调出, renames and 撤销, 联席会议, 前方指挥部, a work summary naming groups).
    # Before this round's rules: group 0.980 (P 1.00, R 0.96), membership 0.932 (P 0.99, R 0.88), all 0.943;
    # after: 1.000.
    Corpus("heldout12_group", ("group", "membership"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True, headers=False),
    # Round 12 of appointment and oversight (人大常委会 决定 with 罢免, per-paragraph 任免, 任命/免去 headings over
    # name and post lines, 原任/新任/免去 HTML table, dotted and Tibetan names, wrapped PDF posts, 村 任职 and 提名,
    # university 聘任, hospital 试用期满, 提请 议案, 挂职 and 任前公示 in GBK, traditional 政协, 镇 包村 and AB角,
    # run-on 街道, 不再分管 adjustments).  Before this round's rules: appointment 0.933 (P 0.98, R 0.89), oversight
    # 0.742 (P 1.00, R 0.59; a run-on page's 【字体：大 中 小】 taken for its title), all 0.857; after: 1.000.
    Corpus("heldout12_appt_oversight", ("appointment", "oversight"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True),
    # Mentions round 13 (minutes of 常务会/党组会/专题会/联席会议/现场办公会/书记办公会 with 主持/出席/列席/请假/记录
    # headers, posts before names across lines, names with posts in brackets, 议题N列席, Word and HTML tables,
    # run-on web pages, a PDF, GBK; chronicles of cities, counties, streets, a university and a ministry).
    # Before this round's rules: mention 0.962 (P 1.00, R 0.93), attendance 0.855 (P 0.90, R 0.81), all 0.899;
    # after: 1.000.
    Corpus("heldout13_mention", ("mention", "attendance"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True, headers=False),
    # Mentions round 14 (西藏 常务会, 青海 乡镇党委会 with 列席 A  B  post+name, 海南 村委会 HTML, 广西 SOE 党委会,
    # 贵州 校长办公会 PDF, 云南 run-on news, traditional 青海 chronicle, GBK 街道 minutes, 宁夏/ministry chronicles).
    # Before this round's rules: mention 0.962 (P 1.00, R 0.93), attendance 0.956 (P 0.98, R 0.93); after: 1.000.
    Corpus("heldout14_mention", ("mention", "attendance"), min_micro_f1=1.0, min_documents=10,
           formats=TXT_AND_HTML, ignore_other_types=True, headers=False),
    # Round 13 of appointment and oversight (district/bureau/street/开发区/university/hospital/town 分工 in
    # paragraphs, bullets, labelled lines, HTML table with AB角 column, run-on web text, PDF wraps, GBK 调整;
    # 人大常委会 任免名单, traditional 政协, 自X年X月起 dates, 提名, 挂职 and 任前公示, 试用期满).  Before this
    # round's rules: appointment 0.895 (P 1.00, R 0.81), oversight 0.963 (P 1.00, R 0.93), all 0.956; after: 1.000.
    Corpus("heldout13_appt_oversight", ("appointment", "oversight"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True),
    # Groups round 13 (two member columns on one line, post-first rows with the name last, 工作单位|职务 HTML
    # table, roles given in a sentence, 同志 after names, names in brackets after 单位+职务, 专班 under a 领导小组,
    # 前方指挥部, 撤销 and 更名 in run-on web text, traditional, GBK, 联席会议, a ministry notice naming groups).
    # Before this round's rules: group 0.900 (P 0.90, R 0.90), membership 0.720 (P 0.86, R 0.62), all 0.753;
    # after: 1.000.
    Corpus("heldout13_group", ("group", "membership"), min_micro_f1=1.0, min_documents=15,
           formats=TXT_AND_HTML, ignore_other_types=True, headers=False),
    # Round 13 of whole documents: gazettes of 湖南 (contents, 任免, 分工, 批复, 大事记), a 河南 PDF with page furniture
    # in a roster and 令 printed under its issuer, a 湖北 GBK county gazette whose short minutes run into a 大事记,
    # a traditional ministry gazette (部令, 废止), 浙江/上海 政府信息公开 pages with 索引号/发文字号 tables, a 北京
    # chronicle page under a breadcrumb, a 四川 人大 任免名单 page, a 江苏 人大 决定, two 广东 town documents run
    # together.  Before this round's rules: headers 19/22 (令 under its issuer's name, a 大事记 swallowed by the
    # short minutes above it, a 发文字号 only in the metadata table), all 0.973 (attendance 0.857, mention 0.957,
    # appointment 0.974); after: headers 22/22, all 0.978 (mention 1.000).
    Corpus("heldout13_gazette", ("membership", "appointment", "oversight", "attendance", "group", "mention",
           "citation"), min_micro_f1=0.975, min_documents=10, formats=TXT_AND_HTML),
    # Round 14 of appointment and oversight (西藏 人大 任免名单 with 接受辞职, traditional 宁夏 政协, 青海 university,
    # 贵州 自治县 提名, 新疆 names with ·, HTML 任前公示 and 挂职, SOE 聘任/解聘/兼任, 广西 town AB角, 新疆 run-on web
    # 分工, GBK 调整 with 不再分管, 云南 hospital PDF with wraps).  Before this round's rules: appointment 0.909
    # (P 0.96, R 0.86), oversight 0.935 (P 0.94, R 0.94; half of it a PDF-build artifact), all 0.927; after: 1.000.
    Corpus("heldout14_appt_oversight", ("appointment", "oversight"), min_micro_f1=1.0, min_documents=10,
           formats=TXT_AND_HTML, ignore_other_types=True, headers=False),
    # Round 14 of whole documents: autonomous-region gazettes and pages (西藏 with a Tibetan line above a title,
    # 青海 指挥部 page, 宁夏 run-on 规范性文件, 海南 分工/纪要/大事记, 广西 GBK county gazette with a 令, 贵州 州 PDF,
    # 云南 州 任免 page with a 文号 only in its table, traditional ministry gazette, 四川 street run-on 分工,
    # 甘肃 开发区 决定/通报/安委会).  Before this round's rules: headers 21/22 (a run-on 文号 line holding the
    # addressees, a signature date followed by (此件公开发布)), contents entries without 文号 read as documents,
    # all 0.975 (attendance 0.762); after: headers 22/22, all 0.975 (floor 0.974: 0.9749 rounds up).
    Corpus("heldout14_gazette", ("membership", "appointment", "oversight", "attendance", "group", "mention",
           "citation"), min_micro_f1=1.0, min_documents=10, formats=TXT_AND_HTML),
    # Groups round 14 (roles then a table then a prose addition, 单位+职务+姓名 glued, 办公室工作人员 under a
    # roster, SOE HTML table, traditional college, 前方指挥部, 成员单位 only, 撤销/更名 run-on web text, GBK,
    # ministry mentions).
    # Before this round's rules: group 0.963 (P 1.00, R 0.93), membership 0.898 (P 0.91, R 0.88), all 0.910;
    # after: 1.000.
    Corpus("heldout14_group", ("group", "membership"), min_micro_f1=1.0, min_documents=10,
           formats=TXT_AND_HTML, ignore_other_types=True, headers=False),
)
BY_FOLDER = {c.folder: c for c in CORPORA}
# Folders on disk and in the table: a folder missing from either fails its own coverage check below.
FOLDERS = sorted(BY_FOLDER.keys() | {p.parent.name for p in FIXTURES.glob("*/*.expected")})


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    """A function corpus → {file name: Score}, each corpus scored once per test run."""
    cache: dict[str, dict[str, Score]] = {}

    def get(corpus: Corpus) -> dict[str, Score]:
        if corpus.folder not in cache:
            tmp: Path = tmp_path_factory.mktemp(corpus.folder)
            cache[corpus.folder] = {name: score(corpus, name, tmp) for name in corpus.cases()}
        return cache[corpus.folder]

    return get


def _per_file(check: str) -> list:
    """(corpus, file) params with readable ids; files in the corpus's gaps for `check` strictly xfail."""
    params = []
    for corpus in CORPORA:
        if check == "header" and not corpus.headers:
            continue
        gaps = corpus.known_gaps if check == "facts" else corpus.known_header_gaps
        for name in corpus.cases():
            marks = [pytest.mark.xfail(strict=True)] if name in gaps else []
            params.append(pytest.param(corpus, name, marks=marks, id=f"{corpus.folder}/{name}"))
    return params


@pytest.mark.parametrize("folder", FOLDERS)
def test_corpus_holds_its_documents_with_expectations(folder):
    assert folder in BY_FOLDER, f"add tests/fixtures/{folder} to CORPORA"
    corpus = BY_FOLDER[folder]
    cases = corpus.cases()
    assert len(cases) >= corpus.min_documents
    assert corpus.formats <= {corpus.source(n).suffix for n in cases}
    for name in cases:
        assert read_expected(corpus.path / f"{name}.expected")[0], name
    assert corpus.known_gaps | corpus.known_header_gaps <= set(cases), "a known gap names no corpus file"


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda c: c.folder)
def test_precision_recall_table(scores, capsys, corpus):
    rows, micro_f1 = report(corpus, scores(corpus))
    with capsys.disabled():
        print("\n" + "\n".join(rows))
    assert micro_f1 >= corpus.min_micro_f1


@pytest.mark.parametrize(("corpus", "name"), _per_file("facts"))
def test_facts_are_exactly_the_expected_ones(scores, corpus, name):
    s = scores(corpus)[name]
    assert (sorted(s.fn), sorted(s.fp)) == ([], [])


@pytest.mark.parametrize(("corpus", "name"), _per_file("header"))
def test_document_header_is_read(scores, corpus, name):
    s = scores(corpus)[name]
    assert s.doc_expected <= s.doc_got
