"""Posts → canonical agencies and jurisdictions, relative to the issuer, with abbreviations expanded."""
# ruff: noqa: E501 - the fixtures quote Chinese evidence verbatim; CJK characters count double in width

from __future__ import annotations

import pytest

from graph.agencies import (
    chain,
    is_one_holder,
    jurisdiction_of_issuer,
    related,
    resolve_agency,
    resolve_post,
    split_compound,
)


@pytest.mark.parametrize(("issuer", "jurisdiction"), [
    ("鄂托克旗人民政府办公室", "鄂托克旗"),
    ("鄂尔多斯市东胜区人民政府", "东胜区"),
    ("鄂托克人民政府", "鄂托克旗"),  # the 000 大事记 masthead drops 旗
    ("伊金霍洛旗人民政府", "伊金霍洛旗"),
    ("鄂尔多斯市人民政府办公室", "鄂尔多斯市"),
    ("河北省石家庄市人民政府", "石家庄市"),  # unlisted places resolve from their suffix
    ("國務院辦公廳", None),
])
def test_issuer_jurisdiction(issuer, jurisdiction):
    assert jurisdiction_of_issuer(issuer) == jurisdiction


def test_unlisted_place_keeps_the_parent_printed_before_it():
    jurisdiction_of_issuer("河北省石家庄市人民政府")
    assert chain("石家庄市") == ["石家庄市", "河北省"]


@pytest.mark.parametrize(("post", "home", "title"), [
    ("旗财政局局长", "鄂托克旗", "鄂托克旗财政局局长"),
    ("市住建局副局长", "东胜区", "鄂尔多斯市住房和城乡建设局副局长"),  # 市 in a district document: its city
    ("鄂尔多斯市林草局局长", "鄂托克旗", "鄂尔多斯市林业和草原局局长"),  # names its own jurisdiction
    ("旗人武部部长", "鄂托克旗", "鄂托克旗人民武装部部长"),
    ("旗卫健委主任", "鄂托克前旗", "鄂托克前旗卫生健康委员会主任"),
    ("旗工科局局长", "鄂托克旗", "鄂托克旗工信和科技局局长"),
    ("市场监督管理局局长", "鄂尔多斯市", "鄂尔多斯市市场监督管理局局长"),  # 市场 is not 市 + 场
    ("敖镇副镇长", "鄂托克前旗", "敖勒召其镇人民政府副镇长"),
    ("副市长", "鄂托克旗", "鄂尔多斯市人民政府副市长"),  # the title names its level
    ("东胜区区长", "鄂尔多斯市", "东胜区人民政府区长"),
    ("旗公安局阿勒腾席热第一派出所所长(试用期一年)", "伊金霍洛旗", "伊金霍洛旗公安局阿勒腾席热第一派出所所长"),
    ("国家税务总局鄂尔多斯市税务局局长", "鄂尔多斯市", "国家税务总局鄂尔多斯市税务局局长"),
    ("鄂尔多斯银行股份有限公司董事长", "鄂尔多斯市", "鄂尔多斯银行股份有限公司董事长"),
    ("某某研究会会长", "鄂托克旗", "鄂托克旗某某研究会会长"),  # unknown agencies kept as printed
])
def test_post_resolves_to_canonical_title(post, home, title):
    assert resolve_post(post, home)[0].title == title


def test_compound_post_is_two_posts_in_the_same_jurisdiction():
    a, b = resolve_post("旗人民政府副旗长、公安局局长", "鄂托克前旗")
    assert (a.title, b.title) == ("鄂托克前旗人民政府副旗长", "鄂托克前旗公安局局长")


def test_party_committee_and_government_posts_split():
    a, b = resolve_post("旗委常委、政府副旗长", "鄂托克旗")
    assert (a.agency, b.agency) == ("中共鄂托克旗委员会", "鄂托克旗人民政府")


def test_second_part_without_organ_stays_in_first_parts_organ():
    _a, b = resolve_post("伊金霍洛旗文化旅游产业投资集团有限责任公司纪委书记、监察专员", "伊金霍洛旗")
    assert b.agency == "伊金霍洛旗文化旅游产业投资集团有限责任公司纪委"


def test_candidate_suffix_is_not_part_of_the_post():
    (ref,) = resolve_post("市政协副主席提名人选", "鄂托克旗")
    assert (ref.title, ref.candidate) == ("政协鄂尔多斯市委员会副主席", True)


def test_split_compound_keeps_single_posts_whole():
    assert split_compound("市人民政府副秘书长") == ["市人民政府副秘书长"]


def test_agency_of_office():
    assert resolve_agency("旗发改委", "鄂托克旗") == ("鄂托克旗发展和改革委员会", "鄂托克旗")


def test_sibling_banners_are_not_lineal():
    assert related("鄂托克旗", "达拉特旗") == "sibling"
    assert related("上海庙镇", "鄂尔多斯市") == "lineal"


@pytest.mark.parametrize(("rank", "one"), [("局长", True), ("旗长", True), ("副局长", False), ("常委", False)])
def test_one_holder_titles(rank, one):
    assert is_one_holder(rank) is one
