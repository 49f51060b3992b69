#!/usr/bin/env python3
"""Writes the bundled sample store data/sample/ (board.json, an empty journal.jsonl and lock).

Run from the repository root:  python3 scripts/make_sample.py

Deterministic: standard library only, random.Random(2026), never the clock. Running it
again writes a byte-identical board.json. The data is "as of" 2026-11-27 (settings.sampleDate)
and is built around the article in ../shared/context/: 高创·柏年城 and 万声健康工场浮空岛 are
the article's projects; every person, company and the remaining projects are invented.

At the end the script re-implements the rules of domain.md and Sources/FrontlineCore/Lights.swift
and asserts the properties the sample promises (every light colour, an absent A covered by B
today, an overdue and a near-due issue, a project without a visit in 7 days, referential
integrity, issue logs consistent with IssueAction.swift), then prints a summary.
"""

import json
import os
import random
import sys
from datetime import date, timedelta
from fractions import Fraction

TODAY = date(2026, 11, 27)
YEAR_START = date(2026, 1, 1)
rng = random.Random(2026)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "data", "sample")


def D(text):
    y, m, d = text.split("-")
    return date(int(y), int(m), int(d))


def iso(d):
    return d.isoformat()


def add_months(d, n):
    """Day.adding(months:): the same day n months later, clamped to the month's end."""
    index = d.year * 12 + (d.month - 1) + n
    y, m = index // 12, index % 12 + 1
    last = (date(y + (m // 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(d.day, last))


def days_in_year(y):
    return 366 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 365


def money(x):
    """Hundredths of 万元 from '1234.50' or an int of 万元."""
    if isinstance(x, int):
        return x * 100
    whole, _, frac = x.partition(".")
    frac = (frac + "00")[:2]
    return int(whole) * 100 + int(frac)


def mtext(h):
    return "%d.%02d" % (h // 100, h % 100)


class TS:
    """A timestamp in Asia/Shanghai (+08:00), minutes precision."""

    def __init__(self, d, minute):
        self.d = d
        self.minute = minute  # minutes after midnight

    def key(self):
        return (self.d, self.minute)

    def text(self):
        return "%sT%02d:%02d:00+08:00" % (self.d.isoformat(), self.minute // 60, self.minute % 60)


def ts(d, hh, mm=0):
    return TS(d, hh * 60 + mm)


def rand_time(d, lo=(8, 30), hi=(17, 50)):
    a, b = lo[0] * 60 + lo[1], hi[0] * 60 + hi[1]
    if d == TODAY:
        b = min(b, 10 * 60 + 30)
        a = min(a, b)
    return TS(d, rng.randint(a, b))


def weekday_on_or_after(d):
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def rand_day(lo, hi):
    if hi < lo:
        return None
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


# ---------------------------------------------------------------------------------------------
# Settings
# ---------------------------------------------------------------------------------------------

SETTINGS = {
    "zoneName": "潍坊高新区",
    "documentLanguage": "zh",
    "timeZone": "Asia/Shanghai",
    "dueSoonDays": 3,
    "visitDays": 7,
    "startRedMonths": 3,
    "scheduleYellowPoints": 10,
    "scheduleRedPoints": 30,
    "issueDuty": "项目服务",
    "sampleDate": iso(TODAY),
    "weightSchedule": 40,
    "weightStart": 20,
    "weightIssues": 20,
    "weightVisits": 10,
    "weightAttraction": 10,
    "deductionPerReopen": 2,
    "deductionPerRedProject": 3,
    "laggingCount": 3,
}

# ---------------------------------------------------------------------------------------------
# Units: id, name, shortName, kind, head, sortOrder, supervisingLeader, liaison, plan, done
# ---------------------------------------------------------------------------------------------

UNITS = [
    ("U-01", "绩效考核办公室", "绩考办", "职能部门", "M-001", 11, "M-007", "M-004", None, None),
    ("U-02", "高新区党工委管委会", "管委会", "职能部门", "M-006", 12, None, "M-012", None, None),
    ("U-03", "经济发展局", "经发局", "经济部门", "M-015", 1, "M-008", "M-017", 150000, "138620.00"),
    ("U-04", "投资促进局", "投促局", "经济部门", "M-019", 2, "M-007", "M-021", 300000, "271580.00"),
    ("U-05", "新城街道办事处", "新城街道", "街道", "M-024", 3, "M-009", "M-026", 120000, "126830.00"),
    ("U-06", "清池街道办事处", "清池街道", "街道", "M-029", 4, "M-010", "M-031", 100000, "78450.00"),
    ("U-07", "北海街道办事处", "北海街道", "街道", "M-034", 5, "M-011", "M-036", 80000, "52600.00"),
    ("U-08", "光电产业园管理办公室", "光电产业园", "园区", "M-038", 6, "M-008", "M-040", 200000, "188240.00"),
    ("U-09", "生物医药园管理办公室", "生物医药园", "园区", "M-043", 7, "M-009", "M-045", 160000, "121500.00"),
    ("U-10", "住房和城乡建设局建设科", "住建局建设科", "职能部门", "M-047", 8, "M-010", "M-048", None, None),
    ("U-11", "城市管理服务中心", "城管中心", "职能部门", "M-050", 9, "M-010", "M-052", None, None),
    ("U-12", "建设工程施工图审查中心", "图审中心", "职能部门", "M-054", 10, "M-010", "M-055", None, None),
]
UNIT = {u[0]: u for u in UNITS}
ADMIN_UNIT = "U-01"

# ---------------------------------------------------------------------------------------------
# People: id, name, unit, title, login, role, office phone?
# ---------------------------------------------------------------------------------------------

PEOPLE = [
    ("M-001", "范立成", "U-01", "主任", "fanlicheng", "管理员", "0536-8860101"),
    ("M-002", "田晓梅", "U-01", "副主任", "tianxiaomei", "管理员", None),
    ("M-003", "周明远", "U-01", "工作人员", "demo", "管理员", None),
    ("M-004", "宋佳琪", "U-01", "科员", "songjiaqi", "管理员", None),
    ("M-005", "陆文涛", "U-01", "科员", "luwentao", "管理员", None),
    ("M-006", "高志远", "U-02", "党工委书记", "gaozhiyuan", "领导", "0536-8860001"),
    ("M-007", "韩立群", "U-02", "党工委副书记、管委会主任", "hanliqun", "领导", "0536-8860002"),
    ("M-008", "孙文博", "U-02", "管委会副主任", "sunwenbo", "领导", "0536-8860003"),
    ("M-009", "郑海燕", "U-02", "党工委委员、管委会副主任", "zhenghaiyan", "领导", "0536-8860004"),
    ("M-010", "马建国", "U-02", "管委会副主任", "majianguo", "领导", "0536-8860005"),
    ("M-011", "杜宏伟", "U-02", "党工委委员", "duhongwei", "领导", "0536-8860006"),
    ("M-012", "林书瑶", "U-02", "党政办公室秘书", "linshuyao", "单位", None),
    ("M-013", "邵思远", "U-02", "党政办公室秘书", "shaosiyuan", "单位", None),
    ("M-014", "严正清", "U-02", "督查专员", "yanzhengqing", "只读", None),
    ("M-015", "曹永刚", "U-03", "局长", "caoyonggang", "单位", "0536-8860301"),
    ("M-016", "冯雪", "U-03", "副局长", "fengxue", "单位", None),
    ("M-017", "贾俊", "U-03", "项目科科长", "jiajun", "单位", None),
    ("M-018", "唐丽娜", "U-03", "科员", "tanglina", "单位", None),
    ("M-019", "姜海涛", "U-04", "局长", "jianghaitao", "单位", "0536-8860401"),
    ("M-020", "何莉", "U-04", "副局长", "heli", "单位", None),
    ("M-021", "袁博", "U-04", "招商一科科长", "yuanbo", "单位", None),
    ("M-022", "邓雨辰", "U-04", "科员", "dengyuchen", "单位", None),
    ("M-023", "许诺", "U-04", "工作人员", "xunuo", "单位", None),
    ("M-024", "蔡志强", "U-05", "街道办事处主任", "caizhiqiang", "单位", "0536-8860501"),
    ("M-025", "潘红", "U-05", "街道办事处副主任", "panhong", "单位", None),
    ("M-026", "罗家明", "U-05", "经济发展办公室主任", "luojiaming", "单位", None),
    ("M-027", "董晓宇", "U-05", "科员", "dongxiaoyu", "单位", None),
    ("M-028", "彭静", "U-05", "工作人员", "pengjing", "单位", None),
    ("M-029", "汪建军", "U-06", "街道办事处主任", "wangjianjun", "单位", "0536-8860601"),
    ("M-030", "梁晓燕", "U-06", "街道办事处副主任", "liangxiaoyan", "单位", None),
    ("M-031", "秦凯", "U-06", "经济发展办公室主任", "qinkai", "单位", None),
    ("M-032", "白雪松", "U-06", "科员", "baixuesong", "单位", None),
    ("M-033", "任佳", "U-06", "工作人员", "renjia", "单位", None),
    ("M-034", "熊伟", "U-07", "街道办事处主任", "xiongwei", "单位", "0536-8860701"),
    ("M-035", "钟丽", "U-07", "街道办事处副主任", "zhongli", "单位", None),
    ("M-036", "谭志刚", "U-07", "经济发展办公室主任", "tanzhigang", "单位", None),
    ("M-037", "吕晓东", "U-07", "科员", "lvxiaodong", "单位", None),
    ("M-038", "贺国栋", "U-08", "主任", "heguodong", "单位", "0536-8860801"),
    ("M-039", "孔令军", "U-08", "副主任", "konglingjun", "单位", None),
    ("M-040", "邱敏", "U-08", "项目服务科科长", "qiumin", "单位", None),
    ("M-041", "夏天", "U-08", "科员", "xiatian", "单位", None),
    ("M-042", "常乐", "U-08", "工作人员", "changle", "单位", None),
    ("M-043", "武海峰", "U-09", "主任", "wuhaifeng", "单位", "0536-8860901"),
    ("M-044", "段晓丽", "U-09", "副主任", "duanxiaoli", "单位", None),
    ("M-045", "雷鸣", "U-09", "项目服务科科长", "leiming", "单位", None),
    ("M-046", "苏婉清", "U-09", "科员", "suwanqing", "单位", None),
    ("M-047", "黎振东", "U-10", "科长", "lizhendong", "单位", "0536-8861001"),
    ("M-048", "方晓军", "U-10", "副科长", "fangxiaojun", "单位", None),
    ("M-049", "金宇", "U-10", "科员", "jinyu", "单位", None),
    ("M-050", "薛建平", "U-11", "主任", "xuejianping", "单位", "0536-8861101"),
    ("M-051", "顾晓峰", "U-11", "副主任", "guxiaofeng", "单位", None),
    ("M-052", "柴伟", "U-11", "市政科科长", "chaiwei", "单位", None),
    ("M-053", "龚丽华", "U-11", "科员", "gonglihua", "单位", None),
    ("M-054", "殷志诚", "U-12", "主任", "yinzhicheng", "单位", "0536-8861201"),
    ("M-055", "洪涛", "U-12", "结构审查工程师", "hongtao", "单位", None),
    ("M-056", "施雅", "U-12", "审查员", "shiya", "单位", None),
]
PERSON = {p[0]: p for p in PEOPLE}

# ---------------------------------------------------------------------------------------------
# AB roster: id, unit, duty, A, B
# ---------------------------------------------------------------------------------------------

DUTIES = [
    ("D-01", "U-01", "项目服务", "M-004", "M-005"),
    ("D-02", "U-01", "综合", "M-002", "M-003"),
    ("D-03", "U-02", "项目服务", "M-012", "M-013"),
    ("D-04", "U-03", "项目服务", "M-017", "M-018"),
    ("D-05", "U-03", "招商统计", "M-018", "M-016"),
    ("D-06", "U-04", "项目服务", "M-021", "M-022"),
    ("D-07", "U-04", "招商统计", "M-023", "M-022"),
    ("D-08", "U-04", "综合", "M-020", "M-023"),
    ("D-09", "U-05", "项目服务", "M-026", "M-027"),
    ("D-10", "U-05", "招商统计", "M-028", "M-025"),
    ("D-11", "U-06", "项目服务", "M-031", "M-032"),
    ("D-12", "U-06", "招商统计", "M-033", "M-030"),
    ("D-13", "U-07", "项目服务", "M-036", "M-037"),
    ("D-14", "U-07", "招商统计", "M-037", "M-035"),
    ("D-15", "U-08", "项目服务", "M-040", "M-041"),
    ("D-16", "U-08", "招商统计", "M-042", "M-039"),
    ("D-17", "U-09", "项目服务", "M-045", "M-046"),
    ("D-18", "U-09", "招商统计", "M-046", "M-044"),
    ("D-19", "U-09", "综合", "M-044", "M-045"),
    ("D-20", "U-10", "项目服务", "M-048", "M-049"),
    ("D-21", "U-11", "项目服务", "M-052", "M-053"),
    ("D-22", "U-11", "综合", "M-051", "M-053"),
    ("D-23", "U-12", "项目服务", "M-055", "M-056"),
]

# ---------------------------------------------------------------------------------------------
# Absences: id, person, from, to, reason, handover
# ---------------------------------------------------------------------------------------------

ABSENCES = [
    ("L-001", "M-017", "2026-10-09", "2026-10-13", "休假", "项目服务工作由唐丽娜负责，在办问题2件已当面交接，急事电话联系。"),
    ("L-002", "M-048", "2026-10-19", "2026-10-23", "学习", "参加省住建厅施工图审查制度改革专题培训；在办问题移交金宇，万声项目后续手续由金宇对接。"),
    ("L-003", "M-036", "2026-10-26", "2026-10-30", "病假", "住院治疗；在办问题由吕晓东跟进，北海路片区城市更新项目每日向钟丽副主任报告。"),
    ("L-004", "M-052", "2026-11-09", "2026-11-11", "出差", "赴济南参加全省市政设施管理培训；渤海路出入口问题由龚丽华跟进设计单位。"),
    ("L-005", "M-040", "2026-11-22", "2026-11-29", "出差", "随园区招商小分队赴苏州、无锡对接半导体产业链项目；在办问题交夏天，夏天休假期间由贺国栋主任统筹。"),
    ("L-006", "M-026", "2026-11-23", "2026-11-28", "学习", "参加市委党校中青年干部培训班；在办问题5件移交董晓宇，万声浮空岛渤海路出入口问题每日跟进城管中心进度。"),
    ("L-007", "M-041", "2026-11-25", "2026-11-30", "休假", "婚假；项目服务工作由贺国栋主任统筹，急事电话联系。"),
    ("L-008", "M-009", "2026-11-30", "2026-12-03", "出差", "赴深圳参加粤港澳大湾区招商推介会；帮包项目日常调度由各专班负责。"),
    ("L-009", "M-045", "2026-12-01", "2026-12-05", "学习", "参加省药监局药品生产监管业务培训；在办问题移交苏婉清。"),
    ("L-010", "M-031", "2026-12-07", "2026-12-11", "休假", "年休假；在办问题移交白雪松，柏年城试运营筹备事项由梁晓燕副主任跟进。"),
]


def is_absent(pid, d):
    for a in ABSENCES:
        if a[1] == pid and D(a[2]) <= d <= D(a[3]):
            return True
    return False


def duties_of(unit):
    return [x for x in DUTIES if x[1] == unit]


def holder(duty, d):
    """BoardIndex.holder: A, unless away, then B; both away: the unit head. -> (person, actingFor)."""
    _, unit, _, a, b = duty
    if not is_absent(a, d):
        return a, None
    if not is_absent(b, d):
        return b, a
    return UNIT[unit][4], a


def issue_duty(unit):
    ds = duties_of(unit)
    for x in ds:
        if x[2] == SETTINGS["issueDuty"]:
            return x
    return ds[0] if ds else None


def responsible(unit, person, d):
    """BoardIndex.responsible(for:on:) -> (person, actingFor)."""
    if not person:
        return holder(issue_duty(unit), d)
    if not is_absent(person, d):
        return person, None
    for x in duties_of(unit):
        if x[3] == person:
            return holder(x, d)
    return UNIT[unit][4], person


def unit_holder(unit, d):
    return holder(issue_duty(unit), d)[0]


def admin_on(d):
    pool = [("M-004", 5), ("M-005", 4), ("M-002", 3), ("M-001", 1), ("M-003", 2)]
    pool = [(p, w) for p, w in pool if not is_absent(p, d)]
    total = sum(w for _, w in pool)
    r = rng.randint(1, total)
    for p, w in pool:
        r -= w
        if r <= 0:
            return p
    return pool[-1][0]


# ---------------------------------------------------------------------------------------------
# Projects
# ---------------------------------------------------------------------------------------------
# milestones: one (progressText, pct, stage or None) per reported period, in PERIODS order.

PERIODS = ["2026-10-1", "2026-10-2", "2026-11-1", "2026-11-2"]
PERIOD_FIRST = {"2026-10-1": D("2026-10-01"), "2026-10-2": D("2026-10-16"),
                "2026-11-1": D("2026-11-01"), "2026-11-2": D("2026-11-16")}
PERIOD_LAST = {"2026-10-1": D("2026-10-15"), "2026-10-2": D("2026-10-31"),
               "2026-11-1": D("2026-11-15"), "2026-11-2": D("2026-11-30")}

PROJECTS = [
    dict(id="P-001", name="高创·柏年城", owner="潍坊高创柏年健康养老产业有限公司",
         scope="与潍坊市高新康复医院合作，依托专业医护资源建设5栋活力公寓楼、医养中心及康复理疗中心，总建筑面积约12.8万平方米，打造医养结合、服务优质的高端养老综合体。",
         area="U-06", unit="U-06", co=["U-10"], level="市重点", annual="竣工", stage="竣工",
         total=126000, plan=38000, ytd="36852.60", basef=0.80,
         planStart="2024-03-01", actualStart="2024-03-26", planFinish="2026-10-31", actualFinish="2026-10-28",
         leader="M-010", tf=["M-031", "M-032", "M-047", "M-004"], contact="项目负责人 孟庆山 13900000101",
         next="协调办理养老机构备案和医疗机构执业登记，12月中旬开展试运营；督促完成室外景观及配套道路收尾。",
         remark="与潍坊市高新康复医院合作的医养结合项目；原计划10月底完工，实际10月28日通过竣工验收，工期快于预期。",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("5栋活力公寓楼室内外装修收尾，康复理疗中心机电安装", 94, "在建"),
             ("5栋活力公寓楼及医养中心通过竣工验收，医疗设备陆续进场", 100, "竣工"),
             ("竣工验收备案完成，康复理疗中心医疗设备安装调试", 100, "竣工"),
             ("运营团队进驻，开展试运营前消防、医疗设备联调和适老化改造验收", 100, "竣工")]),
    dict(id="P-002", name="万声健康工场浮空岛", owner="潍坊万声健康产业发展有限公司",
         scope="建设集运动、休闲功能于一体的现代化场馆，主体采用新型气膜结构，包括气膜运动馆、全民健身中心、室内攀岩馆及配套商业，总建筑面积约2.6万平方米。",
         area="U-05", unit="U-05", co=["U-10", "U-11", "U-12"], level="市重点", annual="新开工", stage="在建",
         total=32000, plan=15000, ytd=12450, basef=0.72,
         planStart="2026-04-20", actualStart="2026-05-12", planFinish="2027-06-30",
         leader="M-009", tf=["M-026", "M-027", "M-048", "M-052", "M-055"], contact="项目负责人 廖启航 13900000102",
         next="督促城管中心完成渤海路侧出入口绿植迁移和路面施工；气膜主体12月中旬充气成型，同步推进室内设备安装。",
         remark="施工图审查无先例可循，住建局建设科、图审中心连夜会商，施工许可与图审并联办理。",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("气膜运动馆基础完成，钢索锚固系统施工", 32, None),
             ("全民健身中心主体结构施工至二层，锚固系统通过验收", 38, None),
             ("全民健身中心主体结构封顶，气膜主体膜材进场", 43, None),
             ("气膜主体充气成型准备，渤海路侧出入口设计方案已出具", 46, None)]),
    dict(id="P-003", name="MiniLED新型显示模组项目", owner="潍坊晶曜光电科技有限公司",
         scope="建设MiniLED背光及直显模组生产线12条，配套研发中心和洁净厂房8.4万平方米，达产后年产显示模组1200万片。",
         area="U-08", unit="U-08", co=["U-03"], level="省重点", annual="续建", stage="在建",
         total=85000, plan=30000, ytd=26100, basef=0.74,
         planStart="2025-06-01", actualStart="2025-06-18", planFinish="2027-03-31",
         leader="M-006", tf=["M-040", "M-041", "M-017"], contact="副总经理 贾云飞 13900000103",
         next="协调双回路供电二期接入，12月底前第二批4条生产线设备进场。",
         remark="省重点项目，纳入省重大项目库。",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("1号洁净厂房装修完成，首批4条生产线设备安装", 68, None),
             ("首批4条生产线设备调试，2号厂房钢结构吊装", 72, None),
             ("首批生产线试产，2号厂房屋面及墙面板安装", 76, None),
             ("首批4条生产线小批量试产，2号厂房机电安装", 79, None)]),
    dict(id="P-004", name="高功率激光器及光学元件产业化项目", owner="山东锐光激光技术有限公司",
         scope="建设高功率光纤激光器、超快激光器及精密光学元件生产基地，新建生产厂房及研发楼4.2万平方米。",
         area="U-08", unit="U-08", co=["U-04"], level="市重点", annual="续建", stage="在建",
         total=42000, plan=18000, ytd=12600, basef=0.78,
         planStart="2025-09-01", actualStart="2025-09-20", planFinish="2027-05-31",
         leader="M-008", tf=["M-040", "M-039", "M-021"], contact="项目经理 邢晓光 13900000104",
         next="督促施工方增加作业面，加快设备订货付款进度，力争年底完成投资1.6亿元。",
         remark="投资完成滞后序时进度，11月10日已约谈企业。",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("3号厂房主体结构施工至三层", 48, None),
             ("3号厂房主体结构施工至四层，1号厂房砌体施工", 52, None),
             ("3号厂房主体封顶，1号厂房内外墙抹灰", 55, None),
             ("3号厂房屋面防水施工，1号、2号厂房设备基础施工", 58, None)]),
    dict(id="P-005", name="半导体封装测试基地项目", owner="潍坊芯联封测科技有限公司",
         scope="建设先进封装及测试生产线，主要产品为功率器件及传感器封装，新建洁净厂房、动力站及研发楼约6.5万平方米。",
         area="U-08", unit="U-08", co=["U-03", "U-10"], level="省重点", annual="新开工", stage="开工",
         total=120000, plan=20000, ytd=9000, basef=0.22,
         planStart="2026-06-30", actualStart="2026-09-20", planFinish="2028-06-30",
         leader="M-006", tf=["M-038", "M-040", "M-048", "M-017"], contact="基建部部长 彭志勇 13900000105",
         next="督促企业加快设备订货付款和厂房施工进度；协调银行落实项目贷款，力争年底完成投资1.4亿元。",
         remark="开工晚于计划近3个月，投资完成严重滞后序时进度，列入重点督办。",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("桩基施工完成约40%", 5, None),
             ("桩基施工完成，洁净厂房土方开挖", 7, None),
             ("洁净厂房基础施工", 9, None),
             ("洁净厂房基础及地下管网施工，动力站桩基施工", 11, None)]),
    dict(id="P-006", name="创新药CDMO基地项目", owner="潍坊康源生物医药有限公司",
         scope="建设符合GMP标准的小分子及多肽药物CDMO研发生产平台，新建研发楼、中试车间及商业化生产车间5.8万平方米。",
         area="U-09", unit="U-09", co=["U-03"], level="省重点", annual="续建", stage="在建",
         total=96000, plan=25000, ytd=21500, basef=0.75,
         planStart="2025-04-01", actualStart="2025-04-15", planFinish="2027-06-30",
         leader="M-006", tf=["M-045", "M-046", "M-017"], contact="工程总监 岳明轩 13900000106",
         next="中试车间洁净区12月底完成验收，商业化车间年底主体封顶。",
         remark="",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("研发楼精装修，中试车间主体封顶", 55, None),
             ("研发楼投入使用，中试车间洁净装修，商业化车间主体施工至二层", 59, None),
             ("中试车间洁净装修，商业化车间主体施工至三层", 63, None),
             ("中试车间工艺管道安装，商业化车间主体施工至四层", 66, None)]),
    dict(id="P-007", name="高端医疗器械产业园项目", owner="山东瑞鸢医疗器械有限公司",
         scope="建设医疗器械标准厂房及孵化中心，重点引进体外诊断、康复器械及高值耗材企业，总建筑面积9.2万平方米。",
         area="U-09", unit="U-09", co=["U-04"], level="市重点", annual="续建", stage="在建",
         total=58000, plan=18000, ytd=15600, basef=0.76,
         planStart="2025-07-01", actualStart="2025-07-10", planFinish="2027-04-30",
         leader="M-009", tf=["M-045", "M-044", "M-022"], contact="项目经理 常海峰 13900000107",
         next="协调解决园区北侧污水管网接入问题，年底前完成孵化中心装修。",
         remark="",
         onboard="2026-01-12", visits="weekly", reports=3,
         ms=[("标准厂房A区主体封顶，孵化中心幕墙施工", 61, None),
             ("标准厂房A区二次结构施工，孵化中心室内装修", 65, None),
             ("标准厂房B区主体施工，孵化中心室内装修及机电安装", 69, None)]),
    dict(id="P-008", name="重组蛋白药物产业化项目", owner="潍坊瑞恒生物制药有限公司",
         scope="建设重组蛋白药物原液及制剂生产线，新建GMP厂房、质检研发楼及配套设施4.6万平方米。",
         area="U-09", unit="U-04", co=["U-09"], level="区重点", annual="新开工", stage="签约",
         total=65000, plan=6000, ytd=5200, basef=0.85,
         planStart="2026-07-20", planFinish="2028-12-31",
         leader="M-009", tf=["M-021", "M-045", "M-048"], contact="筹建办主任 宁德厚 13900000108",
         next="协调完成地块内供水管线迁改，12月底前取得施工许可并开工。",
         remark="计划7月开工，因地块内现状供水管线未迁改、施工图未完成，开工已滞后4个月。",
         onboard="2026-05-10", visits="weekly", reports=3,
         ms=[("完成土地摘牌并缴纳土地出让金，施工图设计完成60%", 3, None),
             ("施工图设计完成75%，地块内供水管线迁改方案报审", 4, None),
             ("施工图设计完成80%，等待地块内管线迁改", 5, None)]),
    dict(id="P-009", name="新能源汽车电驱系统零部件项目", owner="潍坊驰远新能源动力科技有限公司",
         scope="建设新能源汽车电机、电控及减速器总成生产线，年产电驱系统30万套。",
         area="U-07", unit="U-07", co=["U-03"], level="市重点", annual="续建", stage="在建",
         total=52000, plan=22000, ytd=19800, basef=0.76,
         planStart="2025-08-01", actualStart="2025-08-12", planFinish="2027-02-28",
         leader="M-011", tf=["M-036", "M-037", "M-018"], contact="副总经理 闫国庆 13900000109",
         next="协调正式供电接入，12月完成电机车间设备安装。",
         remark="",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("电机车间主体完工，电控车间钢结构安装", 62, None),
             ("电控车间围护结构施工，电机车间地坪施工", 66, None),
             ("电机车间设备基础施工，电控车间机电安装", 70, None),
             ("电机车间首批设备进场，电控车间机电安装", 73, None)]),
    dict(id="P-010", name="氢燃料电池动力系统项目", owner="山东氢途动力科技有限公司",
         scope="建设氢燃料电池电堆及系统集成生产线，年产燃料电池系统5000套。",
         area="U-07", unit="U-07", co=["U-03"], level="区重点", annual="续建", stage="停缓建",
         stageReason="受下游市场需求变化影响，企业融资未按期到位，项目自2026年8月起停缓建，企业正在引进战略投资者。",
         total=45000, plan=18000, ytd=3600, basef=1.0,
         planStart="2025-09-30", actualStart="2025-10-15", planFinish="2027-10-31",
         leader="M-011", tf=["M-036", "M-016"], contact="董事长助理 聂文涛 13900000110",
         next="协助企业对接战略投资者和基金，争取一季度复工；督促做好停工期间现场安全维护。",
         remark="停缓建项目，每月向管委会报告融资进展。",
         onboard="2026-01-12", visits="gap:2026-11-12", reports=3,
         ms=[("主体结构完成约60%后停工，现场安全维护", 35, "停缓建"),
             ("停工，现场安全维护，企业与2家投资机构洽谈", 35, "停缓建"),
             ("停工，战略投资者开展尽职调查", 35, "停缓建")]),
    dict(id="P-011", name="智能装备产业园（一期）", owner="潍坊智造装备产业园发展有限公司",
         scope="建设智能装备标准厂房12栋及研发中试楼，一期总建筑面积11万平方米，重点引进工业机器人、数控机床及智能检测装备企业。",
         area="U-06", unit="U-06", co=[], level="区重点", annual="续建", stage="在建",
         total=48000, plan=20000, ytd=17200, basef=0.78,
         planStart="2025-05-01", actualStart="2025-05-20", planFinish="2027-05-31",
         leader="M-011", tf=["M-031", "M-033"], contact="工程部经理 詹立伟 13900000111",
         next="恢复每周现场走访；督促7号至12号厂房冬季施工组织。",
         remark="",
         onboard="2026-01-12", visits="gap:2026-11-16", reports=3,
         ms=[("1号至6号厂房竣工，7号至9号厂房主体施工", 58, None),
             ("7号至9号厂房主体封顶，10号至12号厂房基础施工", 62, None),
             ("10号至12号厂房主体施工，研发中试楼装修", 66, None)]),
    dict(id="P-012", name="精密减速器项目", owner="潍坊精传机器人科技有限公司",
         scope="建设工业机器人RV减速器及谐波减速器生产线，年产精密减速器15万台。",
         area="U-06", unit="U-04", co=["U-06"], level="区重点", annual="新开工", stage="签约",
         total=26000, plan=3000, ytd=2600, basef=0.8,
         planStart="2026-10-20", planFinish="2028-03-31",
         leader="M-011", tf=["M-021", "M-031"], contact="总经理 纪鹏飞 13900000112",
         next="督促企业完成施工图审查和施工许可，12月中旬开工。",
         remark="",
         onboard="2026-08-05", visits="weekly", reports=3,
         ms=[("完成土地摘牌，施工图设计", 2, None),
             ("施工图送审", 3, None),
             ("施工图审查意见整改，施工许可申报准备", 4, None)]),
    dict(id="P-013", name="数字经济产业园（软件园三期）", owner="潍坊高新数字产业发展有限公司",
         scope="建设软件研发楼、数据中心及人才服务中心，总建筑面积15万平方米，打造数字经济企业集聚区。",
         area="U-05", unit="U-05", co=["U-03"], level="市重点", annual="续建", stage="在建",
         total=78000, plan=26000, ytd=19500, basef=0.8,
         planStart="2025-03-01", actualStart="2025-03-18", planFinish="2027-06-30",
         leader="M-007", tf=["M-026", "M-028", "M-016"], contact="项目总监 沈俊豪 13900000113",
         next="督促企业加快数据中心设备采购，确保年底前投资完成率达到序时进度。",
         remark="投资进度略滞后。",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("研发楼A座外立面施工，数据中心主体施工至五层", 50, None),
             ("研发楼A座室内装修，数据中心主体施工至七层", 54, None),
             ("研发楼B座主体封顶，数据中心主体施工至九层", 57, None),
             ("数据中心主体封顶，人才服务中心基础施工", 60, None)]),
    dict(id="P-014", name="5G+工业互联网平台项目", owner="潍坊云联工业互联网有限公司",
         scope="建设面向装备制造、电子信息行业的工业互联网平台和边缘计算节点，购置服务器、网络及安全设备。",
         area="U-05", unit="U-03", co=["U-05"], level="区重点", annual="续建", stage="在建",
         total=15000, plan=8000, ytd=6240, basef=0.8,
         planStart="2025-10-01", actualStart="2025-10-20", planFinish="2026-12-31",
         leader="M-008", tf=["M-017", "M-018"], contact="技术总监 葛天宇 13900000114",
         next="督促企业完成二期服务器采购合同签订，年底前完成平台接入企业80家。",
         remark="",
         onboard="2026-01-12", visits="weekly", reports=3,
         ms=[("平台一期上线，接入企业46家", 62, None),
             ("边缘计算节点机房装修，接入企业52家", 66, None),
             ("二期服务器招标，接入企业58家", 70, None)]),
    dict(id="P-015", name="高新区人才公寓项目", owner="潍坊高新城市建设投资有限公司",
         scope="建设人才公寓6栋约1200套，配套人才服务中心、社区商业及地下停车场。",
         area="U-05", unit="U-05", co=["U-10"], level="区重点", annual="续建", stage="在建",
         total=42000, plan=12000, ytd=10200, basef=0.74,
         planStart="2025-06-01", actualStart="2025-06-10", planFinish="2027-06-30",
         leader="M-010", tf=["M-027", "M-049"], contact="工程部 施春雷 13900000115",
         next="1号至3号楼年底前完成二次结构，4号至6号楼主体封顶。",
         remark="",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("1号至3号楼主体封顶，4号至6号楼主体施工至十二层", 48, None),
             ("1号至3号楼二次结构施工，4号至6号楼主体施工至十五层", 52, None),
             ("1号至3号楼二次结构施工，4号至6号楼主体施工至十八层", 55, None),
             ("1号至3号楼外墙保温施工，4号至6号楼主体封顶", 59, None)]),
    dict(id="P-016", name="北海路片区城市更新项目", owner="潍坊高新城市更新建设有限公司",
         scope="对北海路两侧老旧厂区及城中村实施改造，建设安置住宅、社区中心、口袋公园及配套道路管网。",
         area="U-07", unit="U-07", co=["U-10", "U-11"], level="市重点", annual="续建", stage="在建",
         total=86000, plan=20000, ytd=17000, basef=0.76,
         planStart="2025-04-01", actualStart="2025-04-22", planFinish="2027-12-31",
         leader="M-010", tf=["M-036", "M-037", "M-051"], contact="项目经理 郝振江 13900000116",
         next="加快剩余6户征迁协商，12月完成配套道路雨污管网施工。",
         remark="",
         onboard="2026-01-12", visits="weekly", reports=3,
         ms=[("安置住宅1号至4号楼主体施工，配套道路路基施工", 40, None),
             ("安置住宅1号至4号楼主体封顶，口袋公园施工", 44, None),
             ("安置住宅5号至8号楼主体施工，配套道路雨污管网施工", 47, None)]),
    dict(id="P-017", name="光电产业园标准厂房（二期）", owner="潍坊高新光电产业园运营管理有限公司",
         scope="建设标准厂房8栋及配套研发楼，总建筑面积9.6万平方米，用于承接光电产业链配套企业入驻。",
         area="U-08", unit="U-08", co=["U-10"], level="区重点", annual="竣工", stage="竣工",
         total=36000, plan=12000, ytd=11800, basef=0.93,
         planStart="2025-03-01", actualStart="2025-03-20", planFinish="2026-09-30", actualFinish="2026-09-28",
         leader="M-008", tf=["M-039", "M-042"], contact="运营部经理 郭晓辉 13900000117",
         next="完成不动产首次登记，12月底前新引进入驻企业3家。",
         remark="已入驻企业5家。",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("8栋厂房竣工验收，研发楼装修收尾", 100, "竣工"),
             ("竣工验收备案，入驻企业3家开始装修", 100, "竣工"),
             ("不动产首次登记办理中，入驻企业5家", 100, "竣工"),
             ("不动产首次登记资料补正，入驻企业5家", 100, "竣工")]),
    dict(id="P-018", name="精密光学镜头模组扩产项目", owner="潍坊明镜光学有限公司",
         scope="企业技改扩产，新增车载及安防镜头模组自动化生产线6条，达产后新增年产值8亿元。",
         area="U-08", unit="U-08", co=[], level="区重点", annual="竣工", stage="投产",
         total=18000, plan=9000, ytd=9000, basef=1.0,
         planStart="2025-11-01", actualStart="2025-11-10", planFinish="2026-08-31", actualFinish="2026-08-25",
         leader="M-008", tf=["M-042"], contact="厂长 滕玉龙 13900000118",
         next="跟踪产能爬坡及技改奖补兑现。",
         remark="“老树发新芽”企业技改扩产项目，8月投产。",
         onboard="2026-01-12", visits="until:2026-11-12", reports=3,
         ms=[("6条生产线投产，产能爬坡至设计产能70%", 100, "投产"),
             ("产能爬坡至设计产能78%", 100, "投产"),
             ("6条生产线全部达产运行，产能爬坡至设计产能85%", 100, "投产")]),
    dict(id="P-019", name="生物基可降解材料项目", owner="潍坊绿源生物基材料有限公司",
         scope="建设生物基可降解材料生产线，年产PLA改性材料5万吨。",
         area="U-09", unit="U-09", co=[], level="区重点", annual="新开工", stage="终止",
         stageReason="投资方因战略调整撤回投资，经2026年10月20日管委会主任办公会研究同意终止，投资协议依约解除。",
         total=38000, plan=8000, ytd=0, basef=1.0,
         planStart="2026-06-01", planFinish="2027-12-31",
         leader="M-009", tf=["M-046"], contact="原筹建负责人 蒋立夫 13900000119",
         next="做好协议解除后续工作，地块重新纳入招商储备。",
         remark="项目终止，地块由生物医药园重新招商。",
         onboard="2026-03-01", visits="until:2026-10-16", reports=1,
         ms=[("施工图设计暂停，投资方内部决策中", 0, "签约")]),
    dict(id="P-020", name="磷酸锰铁锂正极材料项目", owner="山东锂元新材料有限公司（拟设立）",
         scope="拟建设磷酸锰铁锂正极材料生产线，年产正极材料4万吨，计划总投资约30亿元。",
         area="U-07", unit="U-04", co=["U-07"], level="区重点", annual="前期", stage="洽谈",
         total=300000, plan=0, ytd=0, basef=1.0,
         planStart="2027-04-01",
         leader="M-011", tf=["M-021", "M-023", "M-035"], contact="投资发展部总监 韦长青 13900000120",
         next="12月中旬举行第四轮商务洽谈，力争年底前签订投资协议。",
         remark="招商小分队长三角对接项目。",
         onboard="2026-09-08", visits="weekly", reports=4,
         ms=[("企业考察北海街道备选地块2处", 0, None),
             ("第二轮商务洽谈，企业提交项目建议书", 0, None),
             ("第三轮商务洽谈，投资协议主要条款基本达成一致", 0, None),
             ("投资协议文本法律审查", 0, None)]),
    dict(id="P-021", name="医疗影像设备研发制造基地", owner="潍坊影康医疗科技有限公司",
         scope="建设CT、DR等医学影像设备研发及整机制造基地，新建厂房及研发楼3.8万平方米。",
         area="U-09", unit="U-09", co=["U-04"], level="区重点", annual="新开工", stage="签约",
         total=45000, plan=2000, ytd=1800, basef=0.9,
         planStart="2026-09-01", planFinish="2028-06-30",
         leader="M-009", tf=["M-045", "M-022"], contact="筹建办 鲁光明 13900000121",
         next="督促企业完成规划设计方案审查，力争12月开工。",
         remark="规划设计方案调整导致开工滞后。",
         onboard="2026-07-15", visits="weekly", reports=3,
         ms=[("规划设计方案编制", 1, None),
             ("规划设计方案调整，增加研发楼层数", 1, None),
             ("规划设计方案报审，同步开展施工图设计", 2, None)]),
    dict(id="P-022", name="智慧物流园项目", owner="潍坊顺达智慧物流有限公司",
         scope="建设智能仓储中心、冷链物流中心及城市配送分拨中心，总建筑面积8.5万平方米。",
         area="U-06", unit="U-06", co=["U-11"], level="区重点", annual="续建", stage="在建",
         total=40000, plan=15000, ytd=13000, basef=0.76,
         planStart="2025-08-01", actualStart="2025-08-25", planFinish="2027-03-31",
         leader="M-010", tf=["M-032", "M-053"], contact="项目经理 谷振华 13900000122",
         next="协调园区南侧道路开口审批，年底前冷链中心主体封顶。",
         remark="",
         onboard="2026-01-12", visits="weekly", reports=3,
         ms=[("智能仓储中心钢结构安装，冷链中心基础施工", 52, None),
             ("智能仓储中心屋面施工，冷链中心主体施工", 56, None),
             ("智能仓储中心设备安装，冷链中心主体施工至二层", 60, None)]),
    dict(id="P-023", name="碳化硅功率器件项目", owner="潍坊碳芯半导体有限公司（筹）",
         scope="谋划引进碳化硅衬底、外延及功率器件产业化项目，拟选址光电产业园东区。",
         area="U-08", unit="U-08", co=["U-04"], level="区重点", annual="前期", stage="谋划",
         total=200000, plan=0, ytd=0, basef=1.0,
         leader="M-008", tf=["M-039", "M-021"], contact="意向企业投资经理 司马卓 13900000123",
         next="组织企业实地考察光电产业园东区地块，形成项目可行性初步意见。",
         remark="11月新纳入谋划项目库，尚未开展现场走访。",
         onboard="2026-11-06", visits="never", reports=2,
         ms=[("完成项目初步对接，企业提交投资意向书", 0, None),
             ("企业视频考察光电产业园东区地块，提交项目初步方案", 0, None)]),
    dict(id="P-024", name="清池街道社区卫生服务中心迁建项目", owner="潍坊高新区清池街道办事处",
         scope="迁建社区卫生服务中心，新建门诊医技楼及康复楼1.2万平方米。",
         area="U-06", unit="U-06", co=["U-10"], level="区重点", annual="续建", stage="在建",
         total=9000, plan=6000, ytd=5100, basef=0.75,
         planStart="2025-09-01", actualStart="2025-09-15", planFinish="2027-01-31",
         leader="M-010", tf=["M-030", "M-032"], contact="街道社会事务办 姚雪 13900000124",
         next="年底前完成门诊医技楼装修，春节前完成医疗设备招标。",
         remark="",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("门诊医技楼主体封顶，康复楼主体施工", 58, None),
             ("门诊医技楼砌体施工，康复楼主体封顶", 63, None),
             ("门诊医技楼室内装修，康复楼砌体施工", 68, None),
             ("门诊医技楼室内装修及机电安装，康复楼外墙施工", 72, None)]),
    dict(id="P-025", name="北海科创孵化器项目", owner="潍坊北海创新创业服务有限公司",
         scope="改造闲置厂房建设科创孵化器2.4万平方米，配套共享实验室、路演中心及人才公寓。",
         area="U-07", unit="U-07", co=[], level="区重点", annual="新开工", stage="开工",
         total=8000, plan=4000, ytd=3300, basef=0.45,
         planStart="2026-09-15", actualStart="2026-10-08", planFinish="2027-05-31",
         leader="M-011", tf=["M-037", "M-035"], contact="运营总监 龙宇航 13900000125",
         next="年底前完成厂房结构加固，同步开展入驻企业招引。",
         remark="",
         onboard="2026-08-20", visits="weekly", reports=4,
         ms=[("施工单位进场，旧厂房拆除清理", 5, "签约"),
             ("厂房结构检测完成，结构加固施工", 12, None),
             ("结构加固完成40%，共享实验室设计", 18, None),
             ("结构加固完成60%，外立面改造施工", 24, None)]),
    dict(id="P-026", name="高端轴承智能制造项目", owner="潍坊恒准轴承科技有限公司",
         scope="建设高端精密轴承智能化生产线，年产风电及机器人轴承50万套。",
         area="U-07", unit="U-04", co=["U-07"], level="市重点", annual="新开工", stage="在建",
         total=36000, plan=16000, ytd=14200, basef=0.76,
         planStart="2026-03-15", actualStart="2026-04-02", planFinish="2027-08-31",
         leader="M-011", tf=["M-021", "M-036"], contact="项目经理 尹东升 13900000126",
         lightOverride="红",
         lightOverrideReason="11月20日安全生产专项督查发现高处作业防护缺失、临时用电不规范，管委会责令停工整改，整改验收前保持红灯",
         next="督促企业完成安全隐患整改并申请复工验收；整改期间每日现场检查。",
         remark="安全生产整改期间人工设定红灯。",
         onboard="2026-03-01", visits="weekly", reports=4,
         ms=[("联合厂房钢结构安装，办公楼主体施工", 45, None),
             ("联合厂房屋面及墙面板安装，办公楼主体封顶", 50, None),
             ("联合厂房地坪及设备基础施工", 55, None),
             ("停工整改安全隐患，联合厂房设备基础施工暂停", 56, None)]),
    dict(id="P-027", name="新能源汽车热管理系统项目", owner="潍坊冷擎热管理科技有限公司",
         scope="建设新能源汽车热泵空调、电池热管理系统生产线，年产热管理总成40万套。",
         area="U-06", unit="U-06", co=["U-03"], level="区重点", annual="续建", stage="在建",
         total=30000, plan=14000, ytd=9520, basef=0.8,
         planStart="2025-10-01", actualStart="2025-10-12", planFinish="2027-06-30",
         leader="M-011", tf=["M-031", "M-017"], contact="总经理助理 包文静 13900000127",
         next="协调企业流动资金贷款，督促设备订货合同付款，加快投资完成。",
         remark="投资完成滞后序时进度。",
         onboard="2026-01-12", visits="weekly", reports=3,
         ms=[("生产车间主体封顶，综合楼主体施工", 44, None),
             ("生产车间围护结构施工，综合楼主体封顶", 47, None),
             ("生产车间地坪施工，设备采购合同签订", 50, None)]),
    dict(id="P-028", name="抗体药物产业化基地", owner="潍坊百康抗体药业有限公司",
         scope="建设单克隆抗体药物原液及制剂生产线，新建生产车间、质检楼及动力中心6.2万平方米。",
         area="U-09", unit="U-09", co=["U-10"], level="市重点", annual="续建", stage="在建",
         total=88000, plan=28000, ytd=24000, basef=0.75,
         planStart="2025-05-01", actualStart="2025-05-16", planFinish="2027-09-30",
         leader="M-009", tf=["M-044", "M-046", "M-049"], contact="工程部部长 万子健 13900000128",
         next="恢复每周现场走访；协调动力中心天然气接入。",
         remark="",
         onboard="2026-01-12", visits="gap:2026-11-18", reports=3,
         ms=[("原液车间主体封顶，质检楼砌体施工", 50, None),
             ("原液车间洁净装修，质检楼室内装修", 54, None),
             ("原液车间洁净装修，动力中心设备安装", 58, None)]),
    dict(id="P-029", name="城市会客厅及商业综合体项目", owner="潍坊高新城市发展集团有限公司",
         scope="建设城市规划展示馆、会议中心及商业综合体，总建筑面积16万平方米。",
         area="U-05", unit="U-05", co=["U-10", "U-11"], level="市重点", annual="续建", stage="在建",
         total=120000, plan=30000, ytd=25500, basef=0.76,
         planStart="2025-02-01", actualStart="2025-02-26", planFinish="2027-10-31",
         leader="M-007", tf=["M-026", "M-025", "M-049", "M-051"], contact="项目总经理 祁振宇 13900000129",
         next="加快展示馆幕墙施工，协调解决商业综合体地下室渗水问题。",
         remark="",
         onboard="2026-01-12", visits="weekly", reports=4,
         ms=[("规划展示馆钢结构完成，会议中心主体施工至四层", 46, None),
             ("规划展示馆幕墙龙骨安装，会议中心主体封顶", 50, None),
             ("规划展示馆幕墙安装，商业综合体地下室施工", 53, None),
             ("规划展示馆幕墙安装，商业综合体地下室防水整改", 55, None)]),
    dict(id="P-030", name="智能网联汽车测试场项目", owner="潍坊智行网联汽车测试有限公司",
         scope="建设封闭测试场、开放测试道路及车路协同示范区，测试场占地约420亩。",
         area="U-07", unit="U-03", co=["U-07"], level="区重点", annual="新开工", stage="签约",
         total=56000, plan=10000, ytd=8600, basef=0.9,
         planStart="2026-06-01", planFinish="2027-12-31",
         leader="M-007", tf=["M-017", "M-036"], contact="筹建负责人 温海波 13900000130",
         next="完成测试场总体规划调整审查，年底前先行开工地块平整。",
         remark="测试场规划方案调整，开工滞后近6个月。",
         onboard="2026-03-20", visits="weekly", reports=3,
         ms=[("完成土地摘牌，测试场规划方案调整", 2, None),
             ("规划方案专家评审，提出调整意见", 2, None),
             ("规划方案按专家意见修改，地块平整招标准备", 3, None)]),
]
PROJ = {p["id"]: p for p in PROJECTS}
# what kind of project, for choosing fitting issue templates
KINDS = {"P-001": "svc", "P-002": "svc", "P-003": "ind", "P-004": "ind mach", "P-005": "ind",
         "P-006": "ind pharma", "P-007": "ind", "P-008": "ind pharma", "P-009": "ind mach",
         "P-010": "ind mach", "P-011": "ind mach", "P-012": "ind mach", "P-013": "svc digital",
         "P-014": "digital", "P-015": "pub", "P-016": "pub renew", "P-017": "ind", "P-018": "retro",
         "P-019": "ind", "P-020": "ind", "P-021": "ind", "P-022": "svc", "P-023": "ind", "P-024": "pub",
         "P-025": "svc", "P-026": "ind mach", "P-027": "ind mach", "P-028": "ind pharma", "P-029": "pub",
         "P-030": "ind"}
for p in PROJECTS:
    p["kinds"] = set(KINDS[p["id"]].split())
for p in PROJECTS:
    for k in ("planStart", "actualStart", "planFinish", "actualFinish", "onboard"):
        if p.get(k):
            p[k + "_d"] = D(p[k])
    p["ytd_h"] = money(p["ytd"]) if isinstance(p["ytd"], str) else money(p["ytd"])
    p["plan_h"] = money(p["plan"])
    p["total_h"] = money(p["total"])

FINISHED = ("投产", "终止")
STARTED = ("开工", "在建", "竣工", "投产")


def stage_group(p, d):
    """What kind of problem a project has on day d: before start, building, finished."""
    if p["stage"] in ("谋划", "洽谈"):
        return "talk"
    if p.get("actualStart_d") and d >= p["actualStart_d"]:
        if p.get("actualFinish_d") and d >= p["actualFinish_d"]:
            return "post"
        return "build"
    return "pre"


def progress_at(p, d):
    idx = 0
    for i, per in enumerate(PERIODS[: p["reports"]] if p["id"] != "P-023" else PERIODS[2:]):
        if PERIOD_FIRST[per] <= d:
            idx = i
    return p["ms"][idx][0]


# ---------------------------------------------------------------------------------------------
# Visits
# ---------------------------------------------------------------------------------------------

OPEN_ONSITE = ["现场查看施工进度，", "到项目现场调度，", "会同企业负责人查看现场，", "专班成员现场走访，",
               "现场查看项目推进情况，", "到工地现场办公，"]
OPEN_BY_GROUP = {
    "build": OPEN_ONSITE,
    "pre": ["到项目地块现场查看，", "会同企业负责人查看地块，", "专班成员到地块现场走访，"],
    "post": ["到项目现场走访，", "走访企业，", "专班成员现场回访，"],
    "talk": ["赴企业对接，", "专班成员走访企业，", "与企业负责人面对面洽谈，"],
}
OPEN_LEADER = ["帮包领导带队到现场办公，", "帮包领导现场调度，", "帮包领导带队现场查看进度，"]
OBS_BUILD = ["{p}；现场作业人员约{n}人", "{p}，现场塔吊{k}台运转正常", "{p}，施工组织有序",
             "{p}；企业反映材料供应正常", "{p}，现场作业面{k}个"]
OBS_PRE = ["{p}；与企业对接开工前各项手续办理情况", "查看地块现状，{p}", "{p}；与设计单位对接施工图进度"]
OBS_POST = ["{p}；了解竣工收尾及配套设施情况", "{p}；对接企业投产后用工及配套需求"]
OBS_TALK = ["{p}；与企业对接投资协议条款", "陪同企业考察拟选地块，{p}", "{p}；对接企业供地及配套需求"]
ACT_BUILD = ["督促落实扬尘治理和安全生产措施。", "提醒企业按时填报半月进展。", "企业暂无新增困难问题。",
             "要求施工单位加大冬季施工组织力度。", "督促按序时进度加快投资完成。", "检查农民工工资支付台账，未发现问题。",
             "督促做好冬季施工防冻和消防安全。", "对照问题清单逐项核对办理进度。"]
ACT_PRE = ["督促企业加快施工图设计。", "梳理开工前置手续清单，明确完成时限。", "企业暂无新增困难问题。",
           "提醒企业按时填报半月进展。"]
ACT_POST = ["企业暂无新增困难问题。", "了解企业产能爬坡计划，做好要素保障。", "对照问题清单逐项核对办理进度。"]
ACT_TALK = ["约定下轮洽谈时间。", "整理企业诉求报投促局研究。", "企业对营商环境评价较好。"]
PHONE = ["电话调度项目进展，{p}。", "电话联系企业负责人，了解{p}情况，企业暂无新增问题。"]
VIDEO = ["视频连线企业负责人，{p}。", "视频调度会对接项目进展，{p}。"]

VISITS = []  # dicts: project, date, visitors, mode, note, issues


def visit_note(p, d, mode, with_leader):
    prog = progress_at(p, d)
    if mode == "电话":
        return rng.choice(PHONE).format(p=prog)
    if mode == "视频":
        return rng.choice(VIDEO).format(p=prog)
    g = stage_group(p, d)
    if p["stage"] == "停缓建":
        return rng.choice(OPEN_LEADER if with_leader else OPEN_ONSITE) + prog + "；检查停工期间现场安全围护，了解企业融资进展。"
    obs, act = {"build": (OBS_BUILD, ACT_BUILD), "pre": (OBS_PRE, ACT_PRE), "post": (OBS_POST, ACT_POST),
                "talk": (OBS_TALK, ACT_TALK)}[g]
    opening = rng.choice(OPEN_LEADER if with_leader else OPEN_BY_GROUP[g])
    return opening + rng.choice(obs).format(p=prog, n=rng.randint(4, 26) * 10, k=rng.randint(2, 6)) + "，" + rng.choice(act)


def visitors_for(p, d, with_leader):
    vs = [unit_holder(p["unit"], d)]
    if p["area"] and p["area"] != p["unit"] and rng.random() < 0.5:
        vs.append(unit_holder(p["area"], d))
    if rng.random() < 0.3:
        others = [x[0] for x in PEOPLE if x[2] == p["unit"] and x[0] not in vs and not is_absent(x[0], d)]
        if others:
            vs.append(rng.choice(others))
    if p["co"] and rng.random() < 0.15:
        cu = rng.choice(p["co"])
        h = unit_holder(cu, d)
        if h not in vs:
            vs.append(h)
    if with_leader and not is_absent(p["leader"], d):
        vs.append(p["leader"])
    return vs


def add_visit(p, d, mode, with_leader=False, note=None, replace=False):
    for old in [v for v in VISITS if v["project"] == p["id"] and v["date"] == d]:
        if note is None and not replace:
            return old
        VISITS.remove(old)
    vs = visitors_for(p, d, with_leader and mode == "现场")
    v = dict(project=p["id"], date=d, visitors=vs, mode=mode,
             note=note or visit_note(p, d, mode, with_leader and mode == "现场"), issues=[])
    VISITS.append(v)
    return v


def gen_visits():
    for p in PROJECTS:
        regime = p["visits"]
        start = max(D("2026-10-08"), p["onboard_d"])
        if regime == "never":
            for d in (D("2026-11-12"), D("2026-11-20"), D("2026-11-26")):
                add_visit(p, d, "电话" if d.day != 20 else "视频")
            continue
        end = TODAY
        cutoff = None
        if regime.startswith("gap:"):
            cutoff = D(regime[4:])
        if regime.startswith("until:"):
            end = D(regime[6:])
        d = start + timedelta(days=rng.randint(0, 3))
        n = 0
        last_leader = None
        while d <= end:
            if d.weekday() >= 5 and rng.random() < 0.8:
                d = weekday_on_or_after(d)
                if d > end:
                    break
            if cutoff and d > cutoff:
                break
            mode = "现场"
            r = rng.random()
            if r < 0.07:
                mode = "电话"
            elif r < 0.11:
                mode = "视频"
            lead = mode == "现场" and (last_leader is None or (d - last_leader).days >= rng.randint(12, 20))
            if lead:
                last_leader = d
            add_visit(p, d, mode, with_leader=lead)
            n += 1
            d += timedelta(days=rng.randint(3, 7))
        if cutoff:
            # the last on-site visit is exactly the cutoff day; afterwards only calls and video
            ons = [v for v in VISITS if v["project"] == p["id"] and v["mode"] == "现场"]
            if not ons or ons[-1]["date"] != cutoff:
                add_visit(p, cutoff, "现场", replace=True)
            add_visit(p, cutoff + timedelta(days=6), "电话")
            if cutoff + timedelta(days=9) < TODAY:
                add_visit(p, cutoff + timedelta(days=9), "视频")
        elif regime == "weekly":
            ons = [v["date"] for v in VISITS if v["project"] == p["id"] and v["mode"] == "现场"]
            if not ons or (TODAY - ons[-1]).days > 4:
                add_visit(p, weekday_on_or_after(TODAY - timedelta(days=rng.randint(0, 3))), "现场")
    # National Day holiday safety checks on the two article projects
    add_visit(PROJ["P-001"], D("2026-10-05"), "现场",
              note="国庆假期安全生产检查，5栋活力公寓楼室内装修收尾，现场作业人员约120人，督促落实节日期间值班值守和消防措施。")
    add_visit(PROJ["P-002"], D("2026-10-05"), "现场",
              note="国庆假期安全生产检查，气膜运动馆锚固系统施工，督促做好高处作业防护。")
    # the visit on which the Bohai Road entrance problem was found
    add_visit(PROJ["P-002"], D("2026-10-29"), "现场",
              note="现场查看渤海路侧出入口位置，发现拟建沥青路面与原企业已建出入口材质不一致，且出入口范围内需迁移大量绿植；当场与建设单位梳理问题并上报。")


gen_visits()


def visits_of(pid, lo, hi, onsite_only=False):
    return [v for v in VISITS if v["project"] == pid and lo <= v["date"] <= hi
            and (not onsite_only or v["mode"] == "现场")]


# ---------------------------------------------------------------------------------------------
# Issue templates
# ---------------------------------------------------------------------------------------------
# units: "U" = the project's responsible unit, "A" = its area unit, else a unit id.

T = []


ALL_KINDS = "ind svc pub"


def tpl(cat, groups, units, co, title, desc, res, ext=None, ret=None, kinds=ALL_KINDS, months=None, near=False):
    """near: only in the last two months before completion, or after it (验收, 试生产, 投产前招工)."""
    T.append(dict(cat=cat, groups=groups, units=units, co=co, title=title, desc=desc, res=res, ext=ext, ret=ret,
                  kinds=set(kinds.split()), months=months, near=near))


tpl("土地", "pre", ["A"], [], "项目用地范围内残留地上附着物未清理",
    "项目用地东侧约12亩地块仍有废弃厂房及附着物未清理，影响场地平整和桩基施工队伍进场。",
    "街道组织拆除队伍完成附着物清理和垃圾清运，场地已移交建设单位。")
tpl("土地", "pre build post", ["U-03"], ["A"], "二期用地指标尚未落实",
    "企业计划启动二期建设，需新增用地约30亩，区内年度用地指标紧张，企业希望明确供地时间。",
    "经发局协调纳入明年一季度供地计划，已书面答复企业并明确供地时间节点。", kinds="ind retro")
tpl("土地", "pre", ["U-03"], ["A"], "土地出让合同签订进度慢",
    "地块已完成挂牌出让，成交确认书签订后出让合同迟迟未签订，影响不动产权证和规划许可办理。",
    "协调自然资源部门加快合同签订，出让合同已签订，不动产权证已发放。", kinds="ind svc")
tpl("土地", "build", ["A"], [], "施工临时用地补偿未谈妥",
    "施工临时堆场占用周边村集体土地约8亩，补偿标准未达成一致，个别村民阻止车辆进场。",
    "街道与村集体召开协调会，按区统一标准签订临时用地补偿协议，车辆已正常进出。")
tpl("土地", "pre build", ["A"], ["U-11"], "地块内现状管线需迁改",
    "项目用地内有一条DN300供水管线及通信线缆穿越，需迁改后方可进行基础施工。",
    "协调供水公司和通信运营商制定迁改方案并完成迁改，已通过验收。",
    ext="管线迁改需停水施工，须避开用水高峰并提前公告，申请延期。")
tpl("土地", "pre build", ["A"], ["U-03"], "征迁剩余户协商未完成",
    "项目红线内尚有6户未签订征迁补偿协议，影响地块整体交付。",
    "街道组织专班逐户上门做工作，剩余住户已全部签约并腾空。",
    ext="剩余户诉求涉及安置房源调配，需街道与国有平台公司协商，申请延期。", kinds="renew")
tpl("规划", "pre build", ["U-10"], ["U-12"], "规划设计方案调整需重新审查",
    "企业根据工艺需要调整厂房层高及柱网布置，需重新报审规划设计方案。",
    "住建局建设科开辟绿色通道，组织联合审查，调整方案已通过审查。")
tpl("规划", "pre", ["U-10"], ["U-03"], "容积率指标与企业工艺需求不符",
    "地块控规容积率下限1.2，企业单层重载厂房工艺需求难以达到，申请开展论证。",
    "组织专家论证会，按工业用地分类管理意见出具论证结论，方案已调整通过。", kinds="ind")
tpl("规划", "pre build", ["U-10"], ["U-11"], "消防通道与规划道路衔接不明确",
    "厂区北侧消防通道与规划道路尚未贯通，道路实施时序不明确，影响消防设计审查。",
    "住建局建设科会同城管中心明确规划道路实施时序，设置临时消防通道，消防设计审查已通过。")
tpl("规划", "build post", ["U-10"], [], "建筑退线距离存在争议",
    "项目南侧建筑退让道路红线距离与规划条件存在理解差异，影响规划核实。",
    "住建局建设科现场复核并出具书面意见，按规划条件完成核实。")
tpl("审批手续", "pre build", ["U-10"], [], "施工许可证办理进度滞后",
    "项目已完成施工图审查，因质量安全监督手续资料不全，施工许可证尚未核发。",
    "住建局建设科指导企业补齐资料，实行容缺受理，施工许可证已核发。")
tpl("审批手续", "pre build", ["U-12"], ["U-10"], "施工图审查意见整改周期长",
    "图审中心出具审查意见20余条，设计单位整改反复，施工图审查迟迟未通过。",
    "图审中心安排专人对接设计单位，逐条会商整改意见，施工图审查已合格。",
    ext="设计单位需补充结构计算书，重新计算工作量较大，申请延期。",
    ret="核查发现结构专业审查意见仍有3条未闭合，退回继续办理。")
tpl("审批手续", "pre build", ["U-03"], [], "环评批复尚未取得",
    "项目环境影响报告书已报审，专家评审意见整改后尚未取得批复，影响开工。",
    "经发局协调生态环境部门加快审批，环评批复已取得。",
    ext="环评报告需补充大气环境监测数据，监测周期7天，申请延期。", kinds="ind retro")
tpl("审批手续", "pre build", ["U-03"], [], "节能审查报告需补充完善",
    "节能审查专家意见要求补充能耗测算和能效对标内容，企业对测算口径不清楚。",
    "经发局组织专家上门指导，节能报告修改完善后已取得节能审查意见。", kinds="ind digital retro")
tpl("审批手续", "build post", ["U-10"], ["U-11", "U-12"], "竣工联合验收需协调多部门",
    "项目具备竣工验收条件，消防、人防、规划核实等专项验收需多部门协同，企业希望一次性联合验收。",
    "住建局建设科牵头组织联合验收，各专项验收一次性通过。",
    ext="消防设施检测报告尚未出具，联合验收时间顺延，申请延期。", near=True)
tpl("审批手续", "post", ["U-10"], [], "不动产首次登记资料不全",
    "项目已竣工，办理不动产首次登记时缺少测绘成果备案和竣工验收备案材料。",
    "住建局建设科协调测绘单位加快出具成果，登记资料已补齐，首次登记已办结。")
tpl("审批手续", "pre build", ["U-03"], [], "项目备案信息需变更",
    "项目建设内容和投资规模调整，需变更项目备案信息，企业不清楚办理流程。",
    "经发局指导企业网上提交变更申请，备案变更已完成。", kinds="ind svc digital retro")
tpl("审批手续", "pre build", ["U-12"], ["U-10"], "消防设计审查需与图审同步推进",
    "项目含甲类仓库，消防设计需专项审查，企业希望与施工图审查同步推进以节省时间。",
    "图审中心与住建局建设科并联审查，消防设计审查与施工图审查同步完成。", kinds="ind")
tpl("审批手续", "build", ["U-10"], [], "人防工程易地建设费减免申请",
    "企业申请按政策减免人防工程易地建设费，不清楚适用条件和申报材料。",
    "住建局建设科对照政策逐项指导，减免申请已受理并办结。")
tpl("资金", "pre build post", ["U-03"], [], "企业流动资金紧张，申请融资对接",
    "受设备采购集中付款影响，企业流动资金紧张，希望对接银行项目贷款。",
    "经发局组织3家银行开展银企对接，企业获得项目贷款授信1.5亿元，首笔放款已到位。",
    ext="银行授信审批需上报省分行，审批周期较长，申请延期。", kinds="ind svc digital retro")
tpl("资金", "build post", ["U-03"], [], "省级重点项目专项资金申报",
    "企业申报省级重点项目专项资金，申报材料中投资完成证明需部门出具。",
    "经发局出具投资完成情况证明并指导完善申报材料，已按时报送。", kinds="ind svc digital retro")
tpl("资金", "build post", ["U-04"], [], "设备购置补贴兑现延迟",
    "按照招商合同约定，企业设备购置补贴应于三季度兑现，目前尚未拨付。",
    "投促局会同财政部门完成审核，设备购置补贴已拨付到位。",
    ext="补贴资金需经管委会主任办公会研究，会议安排在下月初，申请延期。", kinds="ind digital retro")
tpl("资金", "build", ["A"], ["U-10"], "工程款支付纠纷引发停工风险",
    "总包单位反映建设单位拖欠进度款，部分班组有停工倾向。",
    "街道组织建设单位与总包单位协商，签订付款计划，进度款已支付，施工正常。",
    ret="回访发现仍有一个劳务班组工资未结清，退回继续协调。")
tpl("资金", "build post", ["U-03"], [], "技改项目贴息资金拨付",
    "企业技改项目贷款贴息已通过审核公示，资金尚未拨付。",
    "经发局协调财政部门完成拨付，贴息资金已到账。", kinds="retro")
tpl("水电气暖", "build", ["A"], ["U-11"], "施工临时用电容量不足",
    "现有临时变压器容量不足，塔吊和钢筋加工设备无法同时作业，影响施工进度。",
    "协调供电公司增设800千伏安临时箱变，已送电运行。",
    ext="箱变设备需厂家排产，到货周期约10天，申请延期。")
tpl("水电气暖", "build post", ["U-03"], ["A"], "正式供电双回路接入方案未确定",
    "企业生产需双回路供电，供电公司接入方案尚未批复，影响设备调试时间。",
    "经发局协调供电公司召开专题会，接入方案已批复，线路施工已启动。",
    ext="接入方案需上报市供电公司审批，申请延期。",
    ret="核查发现接入方案只批复了单回路，双回路仍未落实，退回继续办理。", kinds="ind digital retro")
tpl("水电气暖", "build post", ["U-11"], ["A"], "天然气管道接入需穿越市政道路",
    "项目天然气接入管道需穿越市政道路，道路挖掘许可和施工时间需协调。",
    "城管中心办理道路挖掘许可并协调夜间施工，燃气管道已接入。", kinds="ind svc pub")
tpl("水电气暖", "build post", ["U-11"], ["A"], "污水管网未接通影响试生产",
    "项目周边市政污水管网尚未建成，企业试生产废水无法排放。",
    "城管中心协调管网施工单位加快进度，污水管网已接通并通过闭水试验。",
    ext="管网施工需跨越河道，涉及水利部门审批，申请延期。",
    ret="现场核查发现接口处渗漏，闭水试验未通过，退回整改。", kinds="ind", near=True)
tpl("水电气暖", "build post", ["U-11"], [], "冬季供暖管网接入",
    "项目办公楼及宿舍需在供暖季前接入集中供热管网，热力公司排期较晚。",
    "城管中心协调热力公司优先安排施工，供暖管网已接入并试运行。", months=(9, 10, 11, 12))
tpl("水电气暖", "build", ["U-11"], ["A"], "施工用水压力不足",
    "项目所在区域市政供水压力偏低，高层施工用水和混凝土养护受影响。",
    "城管中心协调供水公司调整管网压力并加装临时加压设备，供水已正常。")
tpl("施工环境", "build", ["A"], ["U-11"], "周边群众反映夜间施工噪声扰民",
    "周边小区居民多次反映夜间混凝土浇筑噪声扰民，存在信访风险。",
    "街道协调建设单位调整夜间作业时间，加装隔音围挡，已上门回访居民。",
    ret="回访中仍有居民反映夜间噪声，退回继续整改。")
tpl("施工环境", "build", ["U-11"], [], "渣土运输车辆通行路线需协调",
    "土方开挖期间渣土运输车辆需经过主干道，通行时段和路线未明确。",
    "城管中心会同交警部门核定运输路线和时段，办理渣土运输核准。")
tpl("施工环境", "build", ["U-11"], ["U-10"], "施工道路开口审批",
    "项目施工需临时开设道路出入口，涉及绿化带和人行道改造，审批流程不清楚。",
    "城管中心指导企业提交开口申请，现场踏勘后已批复。")
tpl("施工环境", "build", ["A"], [], "周边个别村民阻挠施工",
    "个别村民以土地补偿为由阻挠施工车辆进出，影响基础施工。",
    "街道会同村委会做通村民工作，施工已恢复正常。",
    ret="核查发现仍有村民在路口阻拦车辆，退回继续做工作。")
tpl("施工环境", "build post", ["U-11"], [], "项目周边道路破损影响材料运输",
    "项目东侧道路路面破损严重，重型车辆通行困难，雨天积水。",
    "城管中心安排道路养护单位完成路面修补和排水疏通。")
tpl("施工环境", "build", ["U-11"], ["A"], "扬尘治理措施不到位",
    "督查发现项目裸土未完全覆盖、车辆冲洗设施运行不正常。",
    "城管中心督促企业完成裸土覆盖和冲洗设施整改，复查合格。")
tpl("施工环境", "build", ["U-11"], [], "施工围挡占用人行道",
    "项目施工围挡外扩占用人行道，行人被迫走机动车道，存在安全隐患。",
    "城管中心督促企业回收围挡并设置临时人行通道。",
    ret="现场核查发现围挡仍占用人行道约20米，退回继续整改。")
tpl("政策", "pre build post", ["U-04"], [], "招商合同约定的政策兑现",
    "企业反映招商合同约定的基础设施配套费减免政策尚未兑现。",
    "投促局会同相关部门核实合同条款，减免政策已落实并书面告知企业。",
    ext="政策兑现需提交管委会主任办公会研究，申请延期。", kinds="ind svc")
tpl("政策", "build post", ["U-03"], [], "高新技术企业认定辅导",
    "企业计划申报高新技术企业，对研发费用归集和知识产权要求不熟悉。",
    "经发局组织专家上门辅导，企业已完成申报材料并按时提交。", kinds="ind digital")
tpl("政策", "build post", ["U-03"], [], "首台套装备保险补偿申报",
    "企业研制的智能装备拟申报首台套保险补偿，需要部门出具推荐意见。",
    "经发局审核后出具推荐意见，申报材料已报送省工信厅。", kinds="mach")
tpl("政策", "pre talk", ["U-04"], ["A"], "企业提出供地价格及配套政策诉求",
    "企业在洽谈中提出土地价格、厂房代建及设备补贴等政策诉求，需研究答复。",
    "投促局梳理政策清单报管委会研究，已形成书面答复意见反馈企业。")
tpl("用工", "build post", ["A"], ["U-03"], "项目投产在即招工缺口较大",
    "项目计划年底前投产，普工及技术工人缺口约300人。",
    "街道联合人社部门举办专场招聘会2场，达成就业意向286人。",
    ext="技术工人需跨市招聘，招聘周期较长，申请延期。", kinds="ind svc retro", near=True)
tpl("用工", "build post", ["A"], [], "技术工人住宿困难",
    "企业外地技术工人约80人，周边缺少租赁房源，住宿困难。",
    "街道协调人才公寓及周边闲置宿舍，解决技术工人住宿80人。", kinds="ind retro")
tpl("用工", "build post", ["U-03"], [], "高层次人才子女入学",
    "企业引进的2名高层次人才子女需在高新区入学，学位安排需协调。",
    "经发局协调教育部门按人才政策安排入学，已落实学位。", kinds="ind digital retro")
tpl("用工", "build", ["U-10"], ["A"], "农民工工资保证金核查",
    "项目农民工工资保证金缴存比例与规定不符，需核查并督促补缴。",
    "住建局建设科核查后督促企业补缴保证金，实名制管理台账已规范。")
tpl("其他", "build post", ["U-11"], [], "项目周边公交线路不便",
    "项目员工通勤不便，周边无公交站点，企业希望增设公交线路或站点。",
    "城管中心协调公交公司优化线路，新增站点1处，已开通运行。", kinds="ind svc")
tpl("其他", "build post", ["U-11"], [], "企业申请设置道路指示牌",
    "项目周边道路缺少企业及园区指示牌，客户和物流车辆难以找到厂区入口。",
    "城管中心按规范设置道路指示牌3块。", kinds="ind svc")
tpl("其他", "talk", ["U-04"], [], "投资协议条款需法律审查",
    "企业提交的投资协议文本涉及对赌、回购等条款，需组织法律顾问审查并提出修改意见。",
    "投促局组织法律顾问逐条审查，修改意见已反馈企业并达成一致。")
tpl("规划", "talk", ["U-10"], ["U-04"], "拟选地块规划条件需提前论证",
    "企业对拟选地块的建筑限高、容积率及绿地率提出调整诉求，需提前论证规划条件可行性。",
    "住建局建设科组织规划条件预审，形成书面意见反馈企业。")
tpl("政策", "talk", ["U-03"], ["U-04"], "企业希望明确能耗指标保障",
    "项目年综合能耗较高，企业希望落地前明确能耗指标保障方式。",
    "经发局对接上级部门明确能耗指标统筹方式，已书面答复企业。")
tpl("其他", "talk pre", ["U-04"], [], "企业希望组织赴先进地区考察",
    "企业希望区里组织赴长三角同类园区考察配套条件，以便完善投资方案。",
    "投促局安排招商小分队陪同企业赴苏州考察，企业投资方案已完善。")
tpl("其他", "build post", ["U-04"], [], "外籍技术人员签证延期协助",
    "企业外籍设备调试工程师签证即将到期，调试工作尚未完成，需协助办理延期。",
    "投促局协调出入境管理部门开辟绿色通道，签证延期已办理。", kinds="ind retro")

tpl("资金", "build", ["U-03"], [], "专项债券资金拨付滞后",
    "项目申请的地方政府专项债券资金已发行，资金拨付进度滞后，影响工程进度款支付。",
    "经发局协调财政部门加快拨付，专项债券资金已拨付到项目账户。", kinds="pub")
tpl("土地", "pre build", ["A"], ["U-10"], "安置房源调配需协调",
    "被征迁户选房意愿集中在小户型，现有安置房源户型结构不匹配，影响征迁协议签订。",
    "街道协调国有平台公司调剂安置房源，并实行货币补偿与房票安置相结合，选房已完成。", kinds="renew")
tpl("审批手续", "build", ["U-12"], ["U-10"], "地下室防水设计变更需重新审查",
    "地下室局部渗水，设计单位调整防水做法和后浇带节点，涉及施工图变更审查。",
    "图审中心对设计变更快速审查并出具合格意见，整改施工已按变更图纸实施。")
tpl("施工环境", "build", ["U-11"], ["A"], "施工现场周边排水不畅",
    "项目周边市政雨水管网淤堵，降雨后施工现场及道路积水严重，影响基坑安全。",
    "城管中心组织疏通雨水管网，新增临时排水泵1处，积水问题已解决。")
tpl("水电气暖", "pre build post", ["A"], ["U-03"], "通信光缆接入需协调运营商",
    "项目需接入双路由通信光缆，运营商施工排期较晚，影响设备联调和系统上线。",
    "协调运营商优先安排施工，双路由光缆已接入并开通。", kinds="ind svc digital")
tpl("审批手续", "pre", ["U-10"], [], "建设工程规划许可证尚未核发",
    "施工图已完成，因总平面图局部修改，建设工程规划许可证尚未核发。",
    "住建局建设科指导企业修改总平面图，建设工程规划许可证已核发。")
tpl("审批手续", "pre build", ["U-03"], [], "危险化学品安全条件审查",
    "项目生产使用部分危险化学品，需开展安全条件审查，企业对审查要求不熟悉。",
    "经发局协调应急管理部门上门指导，安全条件审查已通过。", kinds="pharma")
tpl("水电气暖", "build post", ["U-11"], ["A"], "工业蒸汽管道接入",
    "项目洁净车间及纯化水系统需工业蒸汽，园区蒸汽管网末端距厂区约600米，接入方案未确定。",
    "城管中心协调热电企业确定接入方案并完成管道施工，蒸汽已通汽。", kinds="pharma")
tpl("用工", "build post", ["U-03"], [], "技能人才培训补贴申请",
    "企业组织新招员工岗前技能培训，申请职业技能培训补贴，对申报流程不清楚。",
    "经发局协调人社部门上门指导，培训补贴申请已受理。", kinds="ind digital retro")
tpl("政策", "build post", ["U-03"], [], "研发费用加计扣除政策辅导",
    "企业研发投入较大，希望了解研发费用加计扣除政策的归集口径和办理流程。",
    "经发局会同税务部门开展上门辅导，企业已按季度享受加计扣除政策。", kinds="ind digital retro")
tpl("施工环境", "build", ["U-10"], ["A"], "冬季施工混凝土供应紧张",
    "入冬后商品混凝土搅拌站产能受限，供应不及时，影响主体结构施工。",
    "住建局建设科协调区内3家搅拌站优先保障重点项目，混凝土供应已恢复正常。", months=(11, 12, 1, 2))

# Unit-level items (no project): unit, co, leader, category, title, description, resolution
UNIT_ITEMS = [
    ("U-11", ["U-08"], "M-010", "水电气暖", "光电产业园东区污水管网二期建设滞后",
     "光电产业园东区污水管网二期尚未建成，影响3家拟入园企业试生产排水。",
     "城管中心加快管网施工，东区污水管网二期已完工通水。"),
    ("U-04", [], "M-007", "其他", "招商项目库信息更新不及时",
     "督查发现招商项目库中12个在谈项目信息超过1个月未更新。",
     "投促局完成项目库全面更新，建立每周更新制度。"),
    ("U-05", [], "M-009", "其他", "街道企业服务专员配备不足",
     "督查发现新城街道重点项目服务专员仅2人，难以满足每周走访要求。",
     "街道调整人员，服务专员增至4人，实行项目分片包干。"),
    ("U-06", [], "M-010", "其他", "重点项目半月报填报质量不高",
     "调度会通报清池街道部分项目半月报形象进度描述笼统、投资数据与台账不一致。",
     "街道组织填报培训，建立数据复核机制，本期半月报已规范。"),
    ("U-09", ["U-03"], "M-009", "政策", "生物医药园公共实验平台运营补贴政策不明确",
     "园区公共实验平台运营方反映运营补贴政策执行口径不明确，影响平台对外开放服务。",
     "经研究明确补贴口径，园区与运营方签订补充协议。"),
    ("U-11", ["U-07"], "M-011", "施工环境", "北海路沿线夜间照明不足",
     "北海路沿线在建项目集中，夜间照明不足，施工车辆通行存在安全隐患。",
     "城管中心完成北海路沿线路灯检修并增设临时照明。"),
    ("U-07", ["U-04"], "M-011", "政策", "北海街道招商引资完成率偏低",
     "调度会通报北海街道招商引资完成率低于序时进度，需制定攻坚方案。",
     "街道制定四季度招商攻坚方案，新签约项目2个。"),
    ("U-03", [], "M-008", "资金", "重点项目投资入库统计口径不统一",
     "各单位重点项目投资统计口径不一致，导致半月报数据与统计入库数据差异较大。",
     "经发局印发统计口径说明，组织各单位统计员培训。"),
]

DECLINE_NOTES = ["问题描述不清，缺少具体位置和企业诉求，请补充后再交办。",
                 "该事项主要涉及土地补偿，建议由属地街道主办，本单位协办。",
                 "该事项不属于本单位职责范围，建议重新确定主办单位。"]
CANCEL_NOTES = {"dup": "与已交办问题重复，合并办理，本条撤销。",
                "self": "企业已自行解决，经电话核实后撤销。",
                "wrong": "经核实属于企业内部合同纠纷，不属于项目推进问题，撤销并转相关渠道办理。",
                "term": "项目终止，相关问题撤销。"}
EXT_GENERIC = ["涉及外部单位审批，办理周期较长，申请延期。",
               "需企业补充材料，材料尚未提交齐全，申请延期。",
               "受连续降雨影响现场无法施工，申请延期。"]
RET_GENERIC = ["核查发现问题未彻底解决，企业不满意，退回继续办理。",
               "办结材料不完整，缺少企业确认意见，退回补充。"]
REOPEN_NOTES = ["企业反映问题再次出现，重新打开继续办理。",
                "回访发现整改效果未保持，重新打开。"]

# ---------------------------------------------------------------------------------------------
# Issue generation
# ---------------------------------------------------------------------------------------------

ISSUES = []  # dicts
UNIT_ACTIONS = ("签收", "拒签", "申请办结")
TRANSITIONS = {
    ("交办", "待交办"): "待签收", ("签收", "待签收"): "办理中", ("拒签", "待签收"): "待交办",
    ("申请办结", "办理中"): "待核验", ("核验通过", "待核验"): "已销号", ("退回", "待核验"): "办理中",
    ("延期", "办理中"): "办理中", ("重新打开", "已销号"): "办理中",
}
OPEN = ("待交办", "待签收", "办理中", "待核验")
NEEDS_NOTE = ("拒签", "申请办结", "退回", "延期", "重新打开", "撤销")


def target(action, status):
    if action == "撤销":
        return "已撤销" if status in OPEN else None
    return TRANSITIONS.get((action, status))


def leader_actor(iss, d, action):
    p = PROJ.get(iss["project"]) if iss["project"] else None
    leaders = []
    if p and not is_absent(p["leader"], d):
        leaders.append(p["leader"])
    rl = iss.get("responsibleLeader")
    if rl and rl not in leaders and not is_absent(rl, d):
        leaders.append(rl)
    p_admin = {"交办": 0.75, "核验通过": 0.6, "退回": 0.5}.get(action, 0.35)
    if not leaders or rng.random() < p_admin:
        return admin_on(d)
    return rng.choice(leaders)


def simulate(iss, steps):
    """Runs lifecycle steps [(action, day, note, newDue)] and fills log and derived fields like Planner.move."""
    status = None
    log = []
    last = None
    iss.update(status="待交办", resolvedOn=None, resolution="", closedOn=None, closedBy=None,
               extensions=0, returns=0, reopens=0, due=iss["originalDue"])
    for action, d, note, new_due in steps:
        assert d <= TODAY, (iss["title"], action, d)
        if action == "新建":
            t = rand_time(d, (9, 0), (17, 30)) if not note else rand_time(d, (15, 0), (18, 30))
        else:
            t = rand_time(d)
        if last and t.key() <= last.key():
            assert d >= last.d, (iss["title"], action, d, last.d)
            t = TS(d, last.minute + rng.randint(6, 75))
            assert t.minute < 23 * 60
        last = t
        acting = None
        if action == "新建":
            by = iss["raisedBy"]
            new = "待交办"
        else:
            new = target(action, status)
            assert new, (iss["title"], action, status)
            if action in UNIT_ACTIONS:
                by, acting = responsible(iss["unit"], iss.get("person"), d)
            else:
                by = leader_actor(iss, d, action)
            assert not action in NEEDS_NOTE or note, (action, iss["title"])
        if action == "申请办结":
            iss["resolvedOn"] = d
            iss["resolution"] = note
        elif action == "核验通过":
            iss["closedOn"] = d
            iss["closedBy"] = by
        elif action == "退回":
            iss["returns"] += 1
            iss["resolvedOn"] = None
        elif action == "延期":
            assert new_due and new_due > iss["due"], (iss["title"], new_due, iss["due"])
            iss["due"] = new_due
            iss["extensions"] += 1
        elif action == "重新打开":
            iss["reopens"] += 1
            iss["closedOn"] = None
            iss["closedBy"] = None
            iss["resolvedOn"] = None
        entry = {"at": t, "by": by}
        if acting:
            entry["actingFor"] = acting
        entry["action"] = action
        entry["note"] = note or ""
        entry["status"] = new
        if action == "延期":
            entry["due"] = new_due  # the due date the extension set (HandlingLogEntry.due)
        log.append(entry)
        status = new
    iss["status"] = status
    iss["log"] = log


def pick_urgency():
    r = rng.random()
    return "特急" if r < 0.1 else ("紧急" if r < 0.4 else "一般")


OFFSETS = {"特急": (4, 10), "紧急": (8, 20), "一般": (14, 35)}
LIGHT_RANGE = {"red": (D("2026-10-20"), D("2026-11-26")), "yellow": (D("2026-11-27"), D("2026-11-30")),
               "green": (D("2026-12-01"), D("2027-01-31"))}


def due_for(r, light, urg, lo_off=None):
    omin, omax = OFFSETS[urg]
    if lo_off is not None:
        omin = max(omin, lo_off)
    lo, hi = r + timedelta(days=omin), r + timedelta(days=omax)
    if light:
        L0, L1 = LIGHT_RANGE[light]
        lo, hi = max(lo, L0), min(hi, L1)
        if hi < lo:
            # widen the offset rather than give up (a slow item or a long deadline)
            lo, hi = max(r + timedelta(days=3), L0), min(r + timedelta(days=60), L1)
    return rand_day(lo, hi)


def after(d, a, b):
    return d + timedelta(days=rng.randint(a, b))


def plan_steps(kind, light, r, due0, ctx):
    """Returns lifecycle steps after 新建 for a slot kind, or None if the dates do not fit."""
    s = []
    res = ctx["res"]
    if kind == "NEW":
        return s
    ta = after(r, 0, 1) if rng.random() < 0.35 else r
    if kind == "DECL_OPEN":
        td = after(ta, 1, 2)
        s += [("交办", ta, "", None), ("拒签", td, ctx["decline"], None)]
        return s if td <= TODAY else None
    s.append(("交办", ta, "", None))
    if kind == "ASSIGNED":
        return s if ta <= TODAY else None
    if kind == "CANCEL_ASSIGNED":
        tc = after(ta, 2, 6)
        s.append(("撤销", tc, ctx["cancel"], None))
        return s if tc <= TODAY else None
    if kind.startswith("DECL_RE"):
        td = after(ta, 1, 2)
        ta2 = after(td, 0, 1)
        s += [("拒签", td, rng.choice(DECLINE_NOTES[:1]), None), ("交办", ta2, "", None)]
        ta = ta2
    tc = after(ta, 0, 2)
    s.append(("签收", tc, "", None))
    if tc > TODAY:
        return None
    if kind in ("INPROG", "DECL_RE"):
        return s if tc <= min(TODAY, due0 if light != "red" else TODAY) else None
    if kind == "CANCEL_INPROG":
        tx = after(tc, 3, 12)
        s.append(("撤销", tx, ctx["cancel"], None))
        return s if tx <= TODAY else None
    if kind == "INPROG_EXT":
        te = rand_day(max(tc + timedelta(days=2), due0 - timedelta(days=4)), min(due0, TODAY - timedelta(days=1)))
        if not te:
            return None
        nd = due_for(te, light, "一般", lo_off=7)
        if not nd or nd <= due0:
            return None
        s.append(("延期", te, ctx["ext"], nd))
        return s
    if kind == "PENDVER":
        lo = tc + timedelta(days=3)
        hi = TODAY if light != "red" else min(TODAY, due0 + timedelta(days=2))
        if light == "green":
            lo = max(lo, TODAY - timedelta(days=8))
        tr = rand_day(lo, hi)
        if not tr:
            return None
        s.append(("申请办结", tr, res, None))
        return s
    if kind == "INPROG_RET":
        tr = rand_day(tc + timedelta(days=3), min(TODAY - timedelta(days=3), due0))
        if not tr:
            return None
        tb = after(tr, 1, 3)
        s += [("申请办结", tr, res, None), ("退回", tb, ctx["ret"], None)]
        return s if tb <= TODAY else None
    if kind in ("CLOSED", "CLOSED_LATE", "CLOSED_EXT", "CLOSED_RET", "CLOSED_REOPEN", "INPROG_REOPEN", "DECL_RE_CLOSED"):
        cur = tc
        if kind == "CLOSED_EXT":
            te = rand_day(cur + timedelta(days=2), due0)
            if not te:
                return None
            nd = due0 + timedelta(days=rng.randint(10, 30))
            s.append(("延期", te, ctx["ext"], nd))
            cur = te
            tr = rand_day(due0 + timedelta(days=1), nd - timedelta(days=1))
        elif kind == "CLOSED_LATE":
            tr = rand_day(due0 - timedelta(days=1), due0 + timedelta(days=9))
            if tr and tr <= cur:
                tr = cur + timedelta(days=1)
        else:
            tr = rand_day(cur + timedelta(days=2), due0 - timedelta(days=1))
        if not tr:
            return None
        s.append(("申请办结", tr, res, None))
        if kind == "CLOSED_RET":
            tb = after(tr, 1, 2)
            tr2 = after(tb, 2, 6)
            s += [("退回", tb, ctx["ret"], None), ("申请办结", tr2, res[:-1] + "，复查已整改到位。", None)]
            tr = tr2
        tk = after(tr, 0, 3)
        if kind == "CLOSED_LATE":
            tk = max(tk, due0 + timedelta(days=1))
        elif kind not in ("CLOSED_EXT", "CLOSED_RET"):
            if tk > due0:
                tk = max(tr, due0)
        s.append(("核验通过", tk, "", None))
        if kind in ("CLOSED_REOPEN", "INPROG_REOPEN"):
            tz = rand_day(tk + timedelta(days=5), TODAY - timedelta(days=3))
            if not tz:
                return None
            s.append(("重新打开", tz, rng.choice(REOPEN_NOTES), None))
            if kind == "INPROG_REOPEN":
                if light != "red":
                    nd = due_for(tz, light, "一般", lo_off=7)
                    if not nd or nd <= due0:
                        return None
                    s.append(("延期", after(tz, 0, 1), "重新打开后需重新组织整改，申请延期。", nd))
                return s if s[-1][1] <= TODAY else None
            tr3 = after(tz, 3, 8)
            tk3 = after(tr3, 0, 2)
            s += [("申请办结", tr3, res[:-1] + "，再次整改后经企业确认。", None), ("核验通过", tk3, "", None)]
        return s if s[-1][1] <= TODAY else None
    raise ValueError(kind)


SLOTS = []


def slots(kind, light, n, **kw):
    for _ in range(n):
        SLOTS.append(dict(kind=kind, light=light, **kw))


slots("NEW", "green", 3)
slots("NEW", "yellow", 1, due="2026-11-30", urgency="特急")
slots("DECL_OPEN", "green", 2)
slots("DECL_RE", "green", 1)
slots("DECL_RE_CLOSED", None, 1)
slots("ASSIGNED", "red", 1)
slots("ASSIGNED", "yellow", 1)
slots("ASSIGNED", "green", 3)
slots("INPROG", "red", 6)
slots("INPROG", "yellow", 2)
slots("INPROG", "green", 10)
slots("INPROG_EXT", "red", 1)
slots("INPROG_EXT", "yellow", 1)
slots("INPROG_EXT", "green", 3)
slots("INPROG_RET", "red", 1)
slots("INPROG_RET", "green", 2)
slots("INPROG_REOPEN", "green", 2)
slots("INPROG_REOPEN", "red", 1)
slots("PENDVER", "red", 1)
slots("PENDVER", "yellow", 2)
slots("PENDVER", "green", 4)
slots("CLOSED", None, 40)
slots("CLOSED_LATE", None, 7)
slots("CLOSED_EXT", None, 5)
slots("CLOSED_RET", None, 4)
slots("CLOSED_REOPEN", None, 3)
slots("CANCEL_NEW", None, 2)
slots("CANCEL_ASSIGNED", None, 2)
slots("CANCEL_INPROG", None, 2)
slots("CANCEL_TERM", None, 2)

OPEN_KINDS = ("NEW", "DECL_OPEN", "DECL_RE", "ASSIGNED", "INPROG", "INPROG_EXT", "INPROG_RET", "INPROG_REOPEN", "PENDVER")
R_WINDOWS = {
    "NEW": ("2026-11-24", "2026-11-27"), "DECL_OPEN": ("2026-11-10", "2026-11-23"),
    "DECL_RE": ("2026-10-20", "2026-11-18"), "DECL_RE_CLOSED": ("2026-09-01", "2026-10-31"),
    "INPROG_EXT": ("2026-10-08", "2026-11-08"), "INPROG_RET": ("2026-10-08", "2026-11-10"),
    "INPROG_REOPEN": ("2026-08-20", "2026-10-20"), "PENDVER": ("2026-10-15", "2026-11-20"),
    "CANCEL_NEW": ("2026-04-01", "2026-11-20"), "CANCEL_ASSIGNED": ("2026-04-01", "2026-11-15"),
    "CANCEL_INPROG": ("2026-04-01", "2026-11-10"),
}


def r_window(kind, light):
    if kind == "ASSIGNED":
        return (D("2026-11-04"), D("2026-11-12")) if light == "red" else (D("2026-11-18"), D("2026-11-26"))
    if kind == "INPROG":
        return {"red": (D("2026-10-08"), D("2026-11-14")), "yellow": (D("2026-10-25"), D("2026-11-20")),
                "green": (D("2026-10-25"), D("2026-11-25"))}[light]
    if kind.startswith("CLOSED"):
        if rng.random() < 0.3:
            return D("2026-02-20"), D("2026-08-31")
        return D("2026-09-01"), D("2026-11-18")
    a, b = R_WINDOWS[kind]
    return D(a), D(b)


# Which projects may carry what
RED_OK = ["P-004", "P-005", "P-007", "P-008", "P-009", "P-010", "P-011", "P-013", "P-014", "P-016",
          "P-022", "P-027", "P-028", "P-029", None]
MUST_RED = ["P-007", "P-009", "P-016", "P-022", "P-027", "P-029"]
OPEN_OK = [p["id"] for p in PROJECTS if p["stage"] not in FINISHED] + [None, None]
CLOSED_OK = [p["id"] for p in PROJECTS if p["id"] != "P-023"] + [None]
# bigger projects get more issues
WEIGHT = {"P-001": 3, "P-002": 2, "P-003": 3, "P-005": 3, "P-006": 3, "P-013": 3, "P-016": 3, "P-029": 3,
          "P-015": 2, "P-007": 2, "P-009": 2, "P-004": 2, "P-028": 2, "P-022": 2, "P-027": 2}


def weighted_choice(ids):
    pool = []
    for x in ids:
        pool += [x] * WEIGHT.get(x, 1)
    return rng.choice(pool)


unit_items_left = list(range(len(UNIT_ITEMS)))
used_titles = {}


TEMPLATE_USE = {}


def choose_template(p, d):
    g = stage_group(p, d)
    finish = p.get("actualFinish_d")
    near = finish is not None and d >= finish - timedelta(days=60)
    cands = [t for t in T if g in t["groups"].split() and (g == "talk" or t["kinds"] & p["kinds"])
             and (not t["months"] or d.month in t["months"]) and (near or not t["near"])]
    if p["stage"] == "停缓建":
        cands = [t for t in cands if t["cat"] in ("资金", "政策")]
    seen = used_titles.setdefault(p["id"], set())
    fresh = [t for t in cands if t["title"] not in seen] or cands
    least = min(TEMPLATE_USE.get(t["title"], 0) for t in fresh)
    t = rng.choice([t for t in fresh if TEMPLATE_USE.get(t["title"], 0) <= least + 1])
    return t


def use_template(p, t):
    used_titles.setdefault(p["id"], set()).add(t["title"])
    TEMPLATE_USE[t["title"]] = TEMPLATE_USE.get(t["title"], 0) + 1


def resolve_unit(tok, p):
    if tok == "A":
        return p["area"]
    if tok == "U":
        return p["unit"]
    return tok


def make_issue(slot, pid):
    kind, light = slot["kind"], slot["light"]
    p = PROJ.get(pid) if pid else None
    for attempt in range(400):
        lo, hi = r_window(kind, light) if kind != "CANCEL_TERM" else (D("2026-06-01"), D("2026-10-10"))
        if p:
            lo = max(lo, p["onboard_d"])
            if p["stage"] in FINISHED:
                hi = min(hi, (p.get("actualFinish_d") or D("2026-10-20")) - timedelta(days=3))
        if hi < lo:
            return None
        urg = slot.get("urgency") or pick_urgency()
        # the source decides how the issue was raised
        src = rng.choices(["走访发现", "企业反映", "调度会", "督查", "领导交办"], [38, 28, 14, 8, 12])[0]
        visit = None
        if p and src == "走访发现":
            vs = [v for v in visits_of(pid, lo, hi) if v["mode"] == "现场" or rng.random() < 0.2]
            if vs:
                visit = rng.choice(vs)
                r = visit["date"]
            else:
                src = "企业反映"
        if not p and src in ("走访发现",):
            src = "调度会"
        if not visit:
            r = rand_day(lo, hi)
            if r.weekday() >= 5 and rng.random() < 0.8:
                r = weekday_on_or_after(r)
                if r > hi:
                    continue
        if slot.get("due"):
            due0 = D(slot["due"])
        elif kind in ("INPROG_EXT",):
            due0 = due_for(r, "red", urg)
            if due0 and due0 > D("2026-11-24"):
                continue
        elif kind in OPEN_KINDS and kind not in ("INPROG_REOPEN", "INPROG_RET"):
            due0 = due_for(r, light, urg)
        elif kind == "INPROG_RET":
            due0 = due_for(r, light, urg, lo_off=8)
        else:
            due0 = r + timedelta(days=rng.randint(*OFFSETS[urg]))
            if kind == "INPROG_REOPEN":
                due0 = r + timedelta(days=rng.randint(12, 25))
        if not due0 or due0 < r:
            continue
        if p:
            t = choose_template(p, r)
            unit = resolve_unit(rng.choice(t["units"]), p)
            co = []
            for tok in t["co"]:
                u = resolve_unit(tok, p)
                if u and u != unit and u not in co:
                    co.append(u)
            if p["unit"] != unit and p["unit"] not in co and rng.random() < 0.5:
                co.append(p["unit"])
            title, desc, res = t["title"], t["desc"], t["res"]
            ext = t["ext"] or rng.choice(EXT_GENERIC)
            ret = t["ret"] or rng.choice(RET_GENERIC)
            cat = t["cat"]
            rl = None
            if src == "领导交办" or rng.random() < 0.2:
                rl = p["leader"] if src == "领导交办" else (UNIT[unit][6] or p["leader"])
        else:
            if not unit_items_left:
                return None
            idx = unit_items_left[rng.randrange(len(unit_items_left))]
            unit, co, rl, cat, title, desc, res = UNIT_ITEMS[idx]
            ext, ret = rng.choice(EXT_GENERIC), rng.choice(RET_GENERIC)
            if src == "企业反映":
                src = "调度会"
        if src in ("领导交办",) and not rl:
            rl = p["leader"] if p else None
        # who raised it
        if visit:
            raiser = visit["visitors"][0]
        elif src == "企业反映":
            raiser = unit_holder(p["unit"] if p else unit, r)
        elif src == "领导交办":
            raiser = p["leader"] if p else rl
        else:
            raiser = admin_on(r)
        if is_absent(raiser, r):
            continue
        cancel = CANCEL_NOTES["term"] if kind == "CANCEL_TERM" else rng.choice(
            [CANCEL_NOTES["dup"], CANCEL_NOTES["self"], CANCEL_NOTES["wrong"]])
        decline = DECLINE_NOTES[1] if cat == "土地" else rng.choice([DECLINE_NOTES[0], DECLINE_NOTES[2]])
        ctx = dict(res=res, ext=ext, ret=ret, cancel=cancel, decline=decline)
        if kind == "CANCEL_NEW":
            steps = [("撤销", after(r, 1, 3), cancel, None)]
            if steps[0][1] > TODAY:
                continue
        elif kind == "CANCEL_TERM":
            steps = [("交办", r, "", None), ("签收", after(r, 0, 2), "", None),
                     ("撤销", D("2026-10-20"), cancel, None)]
        else:
            steps = plan_steps(kind, light, r, due0, ctx)
        if steps is None:
            continue
        person_mode = rng.random()
        pduty = issue_duty(unit)
        person = pduty[3] if person_mode < 0.7 else None
        iss = dict(project=pid, title=title, description=desc, category=cat, source=src, raisedOn=r,
                   raisedBy=raiser, unit=unit, coUnits=co, person=person, responsibleLeader=rl,
                   originalDue=due0, urgency=urg, visit=visit, kind=kind, light=light)
        first_note = ""
        steps = [("新建", r, first_note, None)] + steps
        iss["_steps"] = steps
        try:
            simulate(iss, steps)
        except AssertionError:
            continue
        if light and kind in OPEN_KINDS:
            if issue_light(iss) != {"red": "红", "yellow": "黄", "green": "绿"}[light]:
                continue
        if not p:
            unit_items_left.remove(idx)
        else:
            use_template(p, t)
        return iss
    raise SystemExit("could not place slot %r on %s" % (slot, pid))


def issue_light(iss, today=TODAY):
    if iss["status"] == "已销号" or iss["status"] == "已撤销":
        return "灰"
    left = (iss["due"] - today).days
    if left < 0:
        return "红"
    if left <= SETTINGS["dueSoonDays"]:
        return "黄"
    return "绿"


def gen_issues():
    must = list(MUST_RED)
    for s in SLOTS:
        kind = s["kind"]
        if s["light"] == "red":
            pid = must.pop(0) if must else rng.choice(RED_OK)
        elif kind == "CANCEL_TERM":
            pid = "P-019"
        elif kind in OPEN_KINDS or kind.startswith("CANCEL"):
            pid = weighted_choice(OPEN_OK)
        else:
            pid = weighted_choice(CLOSED_OK)
        iss = make_issue(s, pid)
        if iss is None:
            iss = make_issue(s, weighted_choice([x for x in OPEN_OK if x]))
        ISSUES.append(iss)


def special(project, title, desc, cat, src, raised, raiser, unit, co, person, rl, due, urgency, steps, visit=None):
    iss = dict(project=project, title=title, description=desc, category=cat, source=src, raisedOn=D(raised),
               raisedBy=raiser, unit=unit, coUnits=co, person=person, responsibleLeader=rl,
               originalDue=D(due), urgency=urgency, visit=visit, kind="SPECIAL", light=None)
    st = [("新建", D(raised), "", None)] + [(a, D(d), n, D(nd) if nd else None) for a, d, n, nd in steps]
    iss["_steps"] = st
    simulate(iss, st)
    ISSUES.append(iss)
    return iss


def gen_special_issues():
    # 万声 (1): the membrane-structure drawings with no precedent; parallel 施工许可 and 图审
    special("P-002", "新型气膜结构施工图审查缺乏先例",
            "万声健康工场浮空岛主体采用新型气膜结构，现行施工图审查要点中没有可参照的审查标准和先例，图审无章可循，影响施工许可办理和开工时间。",
            "审批手续", "企业反映", "2026-04-08", "M-026", "U-10", ["U-12"], "M-048", "M-010", "2026-04-30", "特急",
            [("交办", "2026-04-08", "", None), ("签收", "2026-04-08", "", None),
             ("申请办结", "2026-04-21",
              "新城街道第一时间联系住建局建设科，当晚召集建设单位与图审中心工作人员连夜研讨，参照膜结构技术规程明确审查要点；指导企业将原本依次办理的施工许可手续与图审工作并行推进，施工图审查已合格，施工许可同步核发。", None),
             ("核验通过", "2026-04-23", "", None)])
    # 万声 (2): the Bohai Road entrance, found on the 10-29 visit
    v = [x for x in VISITS if x["project"] == "P-002" and x["date"] == D("2026-10-29") and "渤海路" in x["note"]][0]
    special("P-002", "渤海路侧出入口路面材质不一致、需迁移大量绿植",
            "项目计划在渤海路侧开设出入口，现场发现拟建沥青路面与原企业已建出入口材质不一致，且出入口范围内需迁移大量绿植；市政道路开口涉及主干道，需协调因素多。",
            "施工环境", "走访发现", "2026-10-29", v["visitors"][0], "U-11", ["U-05"], "M-052", "M-010", "2026-11-20", "紧急",
            [("交办", "2026-10-29", "", None), ("签收", "2026-10-30", "", None),
             ("延期", "2026-11-18",
              "城管中心已加急出具出入口设计方案并经建设单位确认，路面材质按原出入口统一；需迁移法桐、女贞等绿植40余株，须协调园林养护单位择期移植，同意延期至12月15日。",
              "2026-12-15")], visit=v)
    # 新城: B covers the absent A today (L-006)
    special("P-029", "施工围挡外侧人行道破损，群众出行不便",
            "城市会客厅项目东侧施工围挡外人行道砖破损约150米，雨后积水，周边居民反映出行不便。",
            "施工环境", "调度会", "2026-11-23", "M-002", "U-05", ["U-11"], "M-026", None, "2026-12-08", "一般",
            [("交办", "2026-11-23", "", None), ("签收", "2026-11-24", "", None)])
    special("P-015", "人才公寓4号至6号楼施工临时用电增容",
            "4号至6号楼同时进行主体施工，现有临时用电容量不足，施工升降机和塔吊无法同时运行。",
            "水电气暖", "企业反映", "2026-11-10", "M-026", "U-05", ["U-11"], "M-026", None, "2026-11-30", "紧急",
            [("交办", "2026-11-10", "", None), ("签收", "2026-11-11", "", None),
             ("申请办结", "2026-11-26", "街道协调供电公司增设630千伏安临时箱变，已于11月25日送电，施工升降机和塔吊运行正常。", None)])
    # 光电产业园: A away from 11-22, B also away from 11-25: the head holds the duty
    special("P-005", "洁净厂房桩基检测单位进场协调",
            "桩基施工完成后需第三方检测单位进场检测，检测单位排期紧张，影响后续基础施工。",
            "审批手续", "企业反映", "2026-11-20", "M-040", "U-08", ["U-10"], "M-040", "M-006", "2026-11-27", "紧急",
            [("交办", "2026-11-20", "", None), ("签收", "2026-11-23", "", None)])
    special("P-003", "2号厂房双回路供电二期接入",
            "2号厂房生产线设备计划12月底进场，需双回路供电二期接入，供电公司接入工程尚未启动。",
            "水电气暖", "企业反映", "2026-11-25", "M-038", "U-08", ["U-03"], "M-040", None, "2026-12-10", "紧急",
            [("交办", "2026-11-25", "", None), ("签收", "2026-11-26", "", None)])
    # past absences: 住建 (L-002) and 北海 (L-003)
    special("P-015", "人才公寓项目施工许可变更",
            "项目增加地下车库面积，需办理施工许可变更。",
            "审批手续", "企业反映", "2026-10-16", "M-026", "U-10", [], "M-048", None, "2026-10-30", "一般",
            [("交办", "2026-10-16", "", None), ("签收", "2026-10-20", "", None),
             ("申请办结", "2026-10-22", "住建局建设科受理变更申请并现场核查，施工许可变更已办结。", None),
             ("核验通过", "2026-10-26", "", None)])
    special("P-016", "北海路片区剩余征迁户协商",
            "项目红线内剩余6户未签订征迁补偿协议，影响5号至8号楼基础施工。",
            "土地", "领导交办", "2026-10-12", "M-010", "U-07", ["U-10"], "M-036", "M-010", "2026-11-10", "紧急",
            [("交办", "2026-10-12", "", None), ("签收", "2026-10-13", "", None),
             ("申请办结", "2026-10-28", "街道组织征迁专班逐户上门做工作，6户已全部签订补偿协议并腾空房屋。", None),
             ("核验通过", "2026-10-30", "", None)])


gen_special_issues()
gen_issues()

# a visit-raised issue becomes part of its visit; its first log line says so
ISSUES.sort(key=lambda i: i["log"][0]["at"].key())
for n, iss in enumerate(ISSUES, 1):
    iss["id"] = "I-%04d" % n
VISITS.sort(key=lambda v: (v["date"], v["project"]))
for n, v in enumerate(VISITS, 1):
    v["id"] = "V-%04d" % n
for iss in ISSUES:
    v = iss.get("visit")
    if v:
        assert iss["source"] == "走访发现" and iss["raisedOn"] == v["date"]
        v["issues"].append(iss["id"])
        iss["log"][0]["note"] = "走访 %s 发现" % v["id"]
        if iss["title"] not in v["note"] and "渤海路" not in v["note"]:
            who = "建设单位" if "pub" in PROJ[v["project"]]["kinds"] else "企业"
            v["note"] = v["note"].rstrip("。") + "；%s反映“%s”，现场梳理后纳入问题清单交办。" % (who, iss["title"])
    elif iss["source"] == "走访发现":
        iss["source"] = "企业反映"

# ---------------------------------------------------------------------------------------------
# Progress reports
# ---------------------------------------------------------------------------------------------

REPORTS = []
REPORT_DAYS = {"2026-10-1": ["2026-10-15", "2026-10-16"], "2026-10-2": ["2026-10-30", "2026-11-02"],
               "2026-11-1": ["2026-11-13", "2026-11-16"], "2026-11-2": ["2026-11-25", "2026-11-26", "2026-11-27"]}


def issue_status_on(iss, d):
    st = None
    for e in iss["log"]:
        if e["at"].d <= d:
            st = e["status"]
    return st


def gen_progress():
    for p in PROJECTS:
        n = p["reports"]
        periods = PERIODS[:n] if p["id"] != "P-023" else PERIODS[2:]
        ytd = p["ytd_h"]
        base = int(ytd * p["basef"]) // 100 * 100 if p["basef"] < 1 else ytd
        remain = ytd - base
        weights = [rng.uniform(0.7, 1.3) for _ in periods]
        parts = []
        left = remain
        for i, w in enumerate(weights):
            if i == len(weights) - 1:
                parts.append(left)
            else:
                amt = int(remain * w / sum(weights)) // 100 * 100
                amt = min(amt, left)
                parts.append(amt)
                left -= amt
        cum = base
        for i, per in enumerate(periods):
            cum += parts[i]
            text, pct, stage = p["ms"][i]
            rd = D(rng.choice(REPORT_DAYS[per]))
            if p["id"] == "P-019":
                rd = D("2026-10-15")
            by = unit_holder(p["unit"], rd)
            open_titles = [x["title"] for x in ISSUES if x["project"] == p["id"] and x["raisedOn"] <= rd
                           and issue_status_on(x, rd) in OPEN]
            problems = "；".join(open_titles[:3]) if open_titles else "暂无"
            if p["plan_h"] > 0 and parts[i] > 0:
                body = "本期完成投资%s万元，%s。" % (mtext(parts[i]).rstrip("0").rstrip("."), text)
            elif p["stage"] == "停缓建":
                body = "本期未完成投资，%s。" % text
            else:
                body = "%s。" % text
            last = i == len(periods) - 1
            nxt = p["next"] if last else rng.choice([
                "按计划推进下阶段施工，确保完成序时进度。", "加快问题办理，督促企业加大投入。",
                "继续做好要素保障，每周现场走访调度。", "督促企业按时填报投资台账，做好统计入库。"])
            if p["stage"] in ("谋划", "洽谈"):
                nxt = p["next"] if last else "继续跟踪对接，推动项目尽快签约落地。"
            REPORTS.append(dict(project=p["id"], period=per, reportedOn=rd, reportedBy=by, periodDone=parts[i],
                                ytd=cum, progressText=text, progressPct=pct, stage=stage or p["stage"],
                                text=body, problems=problems, nextSteps=nxt))
        assert cum == ytd, (p["id"], cum, ytd)
        p["progressText"] = REPORTS[-1]["progressText"]
        p["progressPct"] = REPORTS[-1]["progressPct"]
        p["lastReport"] = REPORTS[-1]


gen_progress()
REPORTS.sort(key=lambda r: (r["reportedOn"], r["project"]))
for n, r in enumerate(REPORTS, 1):
    r["id"] = "R-%04d" % n
    r["ts"] = ts(r["reportedOn"], 16 if r["reportedOn"] < TODAY else 9, 10 + n % 45)

# ---------------------------------------------------------------------------------------------
# Records in the file's shape
# ---------------------------------------------------------------------------------------------


def meta(rec, at, by):
    assert at.d <= TODAY
    rec["updatedAt"] = at.text()
    rec["updatedBy"] = by
    return rec


def clean(rec):
    return {k: v for k, v in rec.items() if v is not None}


def build_units():
    out = []
    for (uid, name, short, kind, head, order, sup, liaison, plan, done) in UNITS:
        rec = clean({"id": uid, "name": name, "shortName": short, "kind": kind, "head": head, "sortOrder": order,
                     "supervisingLeader": sup, "liaison": liaison,
                     "attractionPlan": mtext(money(plan)) if plan is not None else None,
                     "attractionDone": mtext(money(done)) if done is not None else None})
        if plan is not None:
            meta(rec, ts(D("2026-11-05"), 16, 20 + int(uid[2:])), "M-004")
        else:
            meta(rec, ts(D("2026-01-05"), 9, 30 + int(uid[2:])), "M-002")
        out.append(rec)
    return out


def build_people():
    out = []
    for n, (pid, name, unit, title, login, role, phone) in enumerate(PEOPLE, 1):
        rec = clean({"id": pid, "name": name, "unit": unit, "title": title, "mobile": "1380000%04d" % n,
                     "officePhone": phone, "login": login, "role": role})
        meta(rec, ts(D("2026-01-05") + timedelta(days=n // 20), 10, n % 60), "M-003")
        out.append(rec)
    return out


def build_duties():
    out = []
    for n, (did, unit, duty, a, b) in enumerate(DUTIES):
        rec = {"id": did, "unit": unit, "duty": duty, "a": a, "b": b, "validFrom": "2026-01-01"}
        by = UNIT[unit][4] if PERSON[UNIT[unit][4]][5] == "单位" else (a if PERSON[a][5] == "单位" else "M-002")
        if unit == ADMIN_UNIT:
            by = "M-002"
        meta(rec, ts(D("2026-01-08"), 14, 10 + n), by)
        out.append(rec)
    return out


def build_absences():
    out = []
    for (lid, pid, f, t, reason, handover) in ABSENCES:
        rec = {"id": lid, "person": pid, "from": f, "to": t, "reason": reason, "handover": handover}
        made = min(D(f) - timedelta(days=2), TODAY - timedelta(days=1))
        while made.weekday() >= 5:
            made -= timedelta(days=1)
        meta(rec, ts(made, 16, 40), pid)
        out.append(rec)
    return out


def build_projects():
    out = []
    for p in PROJECTS:
        rec = clean({
            "id": p["id"], "name": p["name"], "owner": p["owner"], "scope": p["scope"], "area": p["area"],
            "level": p["level"], "annualType": p["annual"], "stage": p["stage"], "stageReason": p.get("stageReason"),
            "total": mtext(p["total_h"]), "plan": mtext(p["plan_h"]), "ytd": mtext(p["ytd_h"]),
            "planStart": p.get("planStart"), "actualStart": p.get("actualStart"), "planFinish": p.get("planFinish"),
            "actualFinish": p.get("actualFinish"), "progressText": p["progressText"], "progressPct": p["progressPct"],
            "leader": p["leader"], "unit": p["unit"], "coUnits": p["co"], "taskForce": p["tf"],
            "contact": p.get("contact"), "lightOverride": p.get("lightOverride"),
            "lightOverrideReason": p.get("lightOverrideReason"), "nextSteps": p["next"], "remark": p["remark"]})
        r = p["lastReport"]
        at, by = r["ts"], r["reportedBy"]
        if p.get("lightOverride") and r["reportedOn"] < D("2026-11-26"):
            at, by = ts(D("2026-11-26"), 18, 10), "M-002"
        if p["stage"] == "终止":
            at, by = ts(D("2026-10-20"), 17, 30), "M-002"
        meta(rec, at, by)
        out.append(rec)
    return out


def build_issues():
    out = []
    for iss in ISSUES:
        log = []
        for e in iss["log"]:
            le = {"at": e["at"].text(), "by": e["by"]}
            if e.get("actingFor"):
                le["actingFor"] = e["actingFor"]
            le.update(action=e["action"], note=e["note"], status=e["status"])
            if e.get("due"):
                le["due"] = iso(e["due"])
            log.append(le)
        rec = clean({
            "id": iss["id"], "project": iss["project"], "title": iss["title"], "description": iss["description"],
            "category": iss["category"], "source": iss["source"], "raisedOn": iso(iss["raisedOn"]),
            "raisedBy": iss["raisedBy"], "unit": iss["unit"], "coUnits": iss["coUnits"], "person": iss["person"],
            "responsibleLeader": iss["responsibleLeader"], "due": iso(iss["due"]),
            "originalDue": iso(iss["originalDue"]), "status": iss["status"], "urgency": iss["urgency"],
            "resolvedOn": iso(iss["resolvedOn"]) if iss["resolvedOn"] else None, "resolution": iss["resolution"],
            "closedOn": iso(iss["closedOn"]) if iss["closedOn"] else None, "closedBy": iss["closedBy"],
            "extensions": iss["extensions"], "returns": iss["returns"], "reopens": iss["reopens"], "log": log})
        last = iss["log"][-1]
        meta(rec, last["at"], last["by"])
        out.append(rec)
    return out


def build_visits():
    out = []
    for v in VISITS:
        rec = {"id": v["id"], "project": v["project"], "date": iso(v["date"]), "visitors": v["visitors"],
               "mode": v["mode"], "note": v["note"], "issues": v["issues"]}
        hh = 18 if v["date"] < TODAY else 10
        meta(rec, ts(v["date"], hh, 5 + int(v["id"][2:]) % 50), v["visitors"][0])
        out.append(rec)
    return out


def build_progress():
    out = []
    for r in REPORTS:
        rec = {"id": r["id"], "project": r["project"], "period": r["period"], "reportedOn": iso(r["reportedOn"]),
               "reportedBy": r["reportedBy"], "periodDone": mtext(r["periodDone"]), "ytd": mtext(r["ytd"]),
               "progressText": r["progressText"], "progressPct": r["progressPct"], "stage": r["stage"],
               "text": r["text"], "problems": r["problems"], "nextSteps": r["nextSteps"]}
        meta(rec, r["ts"], r["reportedBy"])
        out.append(rec)
    return out


BOARD = {
    "units": build_units(), "people": build_people(), "duties": build_duties(), "absences": build_absences(),
    "projects": build_projects(), "issues": build_issues(), "visits": build_visits(), "progress": build_progress(),
    "reports": [],
}


# ---------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------


def compact(v):
    return json.dumps(v, ensure_ascii=False, separators=(",", ":"))


def assert_plain(v):
    """No text that JSONWriter escapes other than as json.dumps does (controls, DEL, U+2028/9)."""
    if isinstance(v, str):
        assert not any(ord(c) < 0x20 or c in "\x7f\u2028\u2029\"\\" for c in v), v
    elif isinstance(v, list):
        for x in v:
            assert_plain(x)
    elif isinstance(v, dict):
        for k, x in v.items():
            assert_plain(k)
            assert_plain(x)


def render():
    assert_plain(SETTINGS)
    assert_plain(BOARD)
    lines = ["{", '  "schemaVersion": 3,', '  "revision": 0,', '  "journalHash": "%s",' % ("0" * 64), '  "settings": {']
    items = list(SETTINGS.items())
    for i, (k, v) in enumerate(items):
        lines.append("    %s: %s%s" % (compact(k), compact(v), "," if i < len(items) - 1 else ""))
    lines.append("  },")
    keys = list(BOARD.keys())
    for ki, key in enumerate(keys):
        rows = BOARD[key]
        tail = "," if ki < len(keys) - 1 else ""
        if not rows:
            lines.append('  "%s": []%s' % (key, tail))
            continue
        lines.append('  "%s": [' % key)
        for i, rec in enumerate(rows):
            lines.append("    " + compact(rec) + ("," if i < len(rows) - 1 else ""))
        lines.append("  ]" + tail)
    lines.append("}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Checks: re-implement the rules and assert what the sample promises
# ---------------------------------------------------------------------------------------------


def check(doc):
    problems = []

    def need(cond, msg):
        if not cond:
            problems.append(msg)

    today = D(doc["settings"]["sampleDate"])
    S = doc["settings"]
    units = {r["id"]: r for r in doc["units"]}
    people = {r["id"]: r for r in doc["people"]}
    duties = doc["duties"]
    absences = doc["absences"]
    projects = {r["id"]: r for r in doc["projects"]}
    issues = {r["id"]: r for r in doc["issues"]}
    visits = doc["visits"]
    reports = doc["progress"]

    # ids: unique, well formed
    for key, prefix, digits in (("units", "U", 2), ("people", "M", 3), ("duties", "D", 2), ("absences", "L", 3),
                                ("projects", "P", 3), ("issues", "I", 4), ("visits", "V", 4), ("progress", "R", 4)):
        ids = [r["id"] for r in doc[key]]
        need(len(ids) == len(set(ids)), "duplicate ids in " + key)
        for n, i in enumerate(ids, 1):
            need(i == "%s-%0*d" % (prefix, digits, n), "id %s out of sequence" % i)
        for r in doc[key]:
            need(D(r["updatedAt"][:10]) <= today, "%s updated after today" % r["id"])
            need(r["updatedBy"] in people, "%s updatedBy unknown" % r["id"])
            need(list(r.keys())[0] == "id" and list(r.keys())[-2:] == ["updatedAt", "updatedBy"], "%s key order" % r["id"])

    def is_away(pid, d):
        return any(a["person"] == pid and D(a["from"]) <= d <= D(a["to"]) for a in absences)

    # people and units
    logins = [p["login"] for p in people.values() if p.get("login")]
    need(len(logins) == len(set(logins)), "logins not unique")
    demo = [p for p in people.values() if p.get("login") == "demo"]
    need(len(demo) == 1 and demo[0]["role"] == "管理员" and demo[0]["unit"] == ADMIN_UNIT, "login demo")
    for p in people.values():
        need(p["unit"] in units, "%s unit" % p["id"])
        need(p["name"] not in ("刘卫东", "张亚平", "石峻玮", "咸龙", "李争粉"), "real name %s" % p["name"])
        need(len(p["mobile"]) == 11 and p["mobile"].isdigit(), "mobile %s" % p["id"])
    for u in units.values():
        need(people[u["head"]]["unit"] == u["id"], "head of %s" % u["id"])
        for k in ("supervisingLeader", "liaison"):
            if k in u:
                need(u[k] in people, "%s %s" % (u["id"], k))
        if u["kind"] in ("经济部门", "街道", "园区"):
            need("attractionPlan" in u and "attractionDone" in u, "attraction of %s" % u["id"])
        need(any(d["unit"] == u["id"] and d["duty"] == S["issueDuty"] for d in duties), "issue duty of %s" % u["id"])
    need(len(units) == 12, "12 units")
    for d in duties:
        need(d["a"] != d["b"], "%s A = B" % d["id"])
        need(people[d["a"]]["unit"] == d["unit"] and people[d["b"]]["unit"] == d["unit"], "%s A/B unit" % d["id"])
    for a in absences:
        need(a["person"] in people and D(a["from"]) <= D(a["to"]), "absence %s" % a["id"])

    def holder_of(duty, d):
        if not is_away(duty["a"], d):
            return duty["a"], None
        if not is_away(duty["b"], d):
            return duty["b"], duty["a"]
        return units[duty["unit"]]["head"], duty["a"]

    def resp(issue, d):
        person = issue.get("person")
        if not person:
            ds = [x for x in duties if x["unit"] == issue["unit"]]
            duty = next((x for x in ds if x["duty"] == S["issueDuty"]), ds[0] if ds else None)
            return holder_of(duty, d)
        if not is_away(person, d):
            return person, None
        duty = next((x for x in duties if x["unit"] == issue["unit"] and x["a"] == person), None)
        if duty:
            return holder_of(duty, d)
        return units[issue["unit"]]["head"], person

    covered_today = [d for d in duties if holder_of(d, today)[1] and holder_of(d, today)[0] == d["b"]]
    head_today = [d for d in duties if holder_of(d, today)[1] and holder_of(d, today)[0] == units[d["unit"]]["head"]]
    need(covered_today, "an A absent today covered by B")
    need(head_today, "a duty held by the unit head today")
    need(any(D(a["to"]) < today for a in absences) and any(D(a["from"]) > today for a in absences), "past and future absences")

    # projects
    for p in projects.values():
        need(p["unit"] in units and (p.get("area") is None or p["area"] in units), "%s units" % p["id"])
        need(all(u in units for u in p["coUnits"]), "%s coUnits" % p["id"])
        need(people[p["leader"]]["role"] == "领导", "%s leader role" % p["id"])
        need(all(t in people for t in p["taskForce"]), "%s taskForce" % p["id"])
        need(("stageReason" in p) == (p["stage"] in ("停缓建", "终止")), "%s stageReason" % p["id"])
        need(("lightOverride" in p) == ("lightOverrideReason" in p), "%s override reason" % p["id"])
    stages = {p["stage"] for p in projects.values()}
    for s in ("谋划", "洽谈", "签约", "开工", "在建", "竣工", "投产", "停缓建", "终止"):
        need(s in stages, "stage %s present" % s)

    # issues: lifecycle replay
    acting_today = []
    for i in issues.values():
        need(i.get("project") is None or i["project"] in projects, "%s project" % i["id"])
        need(i["unit"] in units and all(u in units for u in i["coUnits"]), "%s units" % i["id"])
        for k in ("person", "responsibleLeader", "raisedBy", "closedBy"):
            if i.get(k):
                need(i[k] in people, "%s %s" % (i["id"], k))
        log = i["log"]
        need(log and log[0]["action"] == "新建" and log[0]["status"] == "待交办", "%s first log line" % i["id"])
        need(D(log[0]["at"][:10]) == D(i["raisedOn"]) and log[0]["by"] == i["raisedBy"], "%s raised" % i["id"])
        raiser = people[i["raisedBy"]]
        proj = projects.get(i.get("project"))
        if raiser["role"] == "领导":
            need(proj is None or proj["leader"] == raiser["id"], "%s raised by a leader out of scope" % i["id"])
        elif raiser["role"] == "单位":
            need((proj is None and i["unit"] == raiser["unit"]) or (proj is not None and raiser["unit"] in
                 [proj["unit"], proj.get("area")] + proj["coUnits"]), "%s raised out of scope" % i["id"])
        else:
            need(raiser["role"] == "管理员", "%s raised by read-only" % i["id"])
        st, due, ext, ret, reo, resolved, closed, closed_by = None, D(i["originalDue"]), 0, 0, 0, None, None, None
        prev = None
        last_note = ""
        for e in log:
            t = e["at"]
            need(prev is None or t > prev, "%s log times ascending" % i["id"])
            prev = t
            day = D(t[:10])
            need(day <= today, "%s log after today" % i["id"])
            need(e["by"] in people and (e.get("actingFor") is None or e["actingFor"] in people), "%s log people" % i["id"])
            a = e["action"]
            if a == "新建":
                need(st is None, "%s 新建 twice" % i["id"])
                st = "待交办"
            else:
                nt = target(a, st)
                need(nt == e["status"], "%s %s from %s gives %s" % (i["id"], a, st, e["status"]))
                st = e["status"]
                if a in NEEDS_NOTE:
                    need(e["note"].strip() != "", "%s %s needs a note" % (i["id"], a))
                if a == "延期":
                    ext += 1
                if a == "退回":
                    ret += 1
                    resolved = None
                if a == "重新打开":
                    reo += 1
                    resolved = closed = closed_by = None
                if a == "申请办结":
                    resolved = day
                    last_note = e["note"]
                if a == "核验通过":
                    closed, closed_by = day, e["by"]
                # who may act (Access.swift)
                role = people[e["by"]]["role"]
                proj = projects.get(i.get("project"))
                if a in UNIT_ACTIONS:
                    need(role == "管理员" or (role == "单位" and people[e["by"]]["unit"] == i["unit"]), "%s %s by %s" % (i["id"], a, e["by"]))
                    h, af = resp(i, day)
                    if role != "管理员":
                        need(h == e["by"] and af == e.get("actingFor"), "%s %s holder/actingFor" % (i["id"], a))
                else:
                    leads = i.get("responsibleLeader") == e["by"] or (proj and proj["leader"] == e["by"])
                    need(role == "管理员" or (role == "领导" and leads), "%s %s by %s" % (i["id"], a, e["by"]))
            need(not is_away(e["by"], day), "%s %s by an absent person" % (i["id"], a))
            if e.get("actingFor"):
                need(is_away(e["actingFor"], day), "%s actingFor someone present" % i["id"])
                # B (or the head) acting during an absence that is still running today
                if any(D(x["from"]) <= day <= D(x["to"]) and D(x["from"]) <= today <= D(x["to"])
                       for x in absences if x["person"] == e["actingFor"]):
                    acting_today.append((i["id"], e["by"], e["actingFor"], e["action"], day))
        need(st == i["status"], "%s final status" % i["id"])
        need((ext, ret, reo) == (i["extensions"], i["returns"], i["reopens"]), "%s counters" % i["id"])
        need(i.get("resolvedOn") == (iso(resolved) if resolved and st in ("待核验", "已销号") else None), "%s resolvedOn" % i["id"])
        need(i.get("closedOn") == (iso(closed) if closed and st == "已销号" else None), "%s closedOn" % i["id"])
        need(i.get("closedBy") == (closed_by if closed and st == "已销号" else None), "%s closedBy" % i["id"])
        need(i["resolution"] == last_note, "%s resolution is the last 申请办结 note" % i["id"])
        if st in ("待核验", "已销号"):
            need(i["resolution"] != "", "%s resolution text" % i["id"])
        need((D(i["due"]) > D(i["originalDue"])) == (ext > 0), "%s due vs originalDue" % i["id"])
        need(D(i["originalDue"]) >= D(i["raisedOn"]), "%s due before raised" % i["id"])
    need(acting_today, "a B acting for an absent A during today's absence")

    # visits and their issues
    from_visit = {}
    for v in visits:
        need(v["project"] in projects and all(x in people for x in v["visitors"]), "%s refs" % v["id"])
        need(D(v["date"]) <= today, "%s after today" % v["id"])
        need(D(v["date"]) >= D("2026-10-01"), "%s before October" % v["id"])
        need(all(not is_away(x, D(v["date"])) for x in v["visitors"]), "%s visitor absent" % v["id"])
        for iid in v["issues"]:
            i = issues[iid]
            need(i["source"] == "走访发现" and i["raisedOn"] == v["date"] and i["project"] == v["project"], "%s issue %s" % (v["id"], iid))
            from_visit[iid] = v["id"]
    for i in issues.values():
        if i["source"] == "走访发现":
            need(i["id"] in from_visit, "%s 走访发现 without a visit" % i["id"])
    need(len(visits) >= 250, "several hundred visits")

    # progress reports
    by_proj = {}
    for r in reports:
        by_proj.setdefault(r["project"], []).append(r)
    for pid, rs in by_proj.items():
        rs.sort(key=lambda r: r["period"])
        need(len({r["period"] for r in rs}) == len(rs), "%s duplicate period" % pid)
        for a, b in zip(rs, rs[1:]):
            need(money(b["ytd"]) == money(a["ytd"]) + money(b["periodDone"]), "%s ytd chain" % pid)
        need(rs[-1]["ytd"] == projects[pid]["ytd"], "%s final ytd" % pid)
        need(rs[-1]["progressText"] == projects[pid]["progressText"] and rs[-1]["progressPct"] == projects[pid]["progressPct"], "%s progress" % pid)
        for r in rs:
            y, m, h = r["period"].split("-")
            first = date(int(y), int(m), 1 if h == "1" else 16)
            last = date(int(y), int(m), 15) if h == "1" else (date(int(y), int(m) % 12 + 1, 1) - timedelta(days=1))
            need(first <= D(r["reportedOn"]) <= last + timedelta(days=5), "%s reportedOn" % r["id"])
            need(D(r["reportedOn"]) <= today, "%s reported after today" % r["id"])

    # lights, exactly as Lights.swift
    def ilight(i):
        if i["status"] in ("已销号", "已撤销"):
            return "灰"
        left = (D(i["due"]) - today).days
        return "红" if left < 0 else ("黄" if left <= S["dueSoonDays"] else "绿")

    def plight(p):
        reasons = []
        overdue = [i for i in issues.values() if i.get("project") == p["id"] and i["status"] in OPEN and today > D(i["due"])]
        if overdue:
            reasons.append(("黄", "%d 个逾期问题" % len(overdue)))
        finished = p["stage"] in FINISHED
        if not finished:
            ps = D(p["planStart"]) if p.get("planStart") else None
            if ps and "actualStart" not in p and p["stage"] not in STARTED and today > ps:
                red = today >= add_months(ps, S["startRedMonths"])
                reasons.append(("红" if red else "黄", "计划开工已过 %d 天未开工" % (today - ps).days))
            plan, ytd = money(p["plan"]), money(p["ytd"])
            if plan > 0:
                # exact shares, as Lights.swift compares them (Fraction, never truncated)
                done = Fraction(ytd, plan) * 100
                target_ = Fraction((today - date(today.year, 1, 1)).days + 1, days_in_year(today.year)) * 100
                behind = target_ - done
                if behind > S["scheduleRedPoints"]:
                    reasons.append(("红", "投资完成 %.2f%%，序时 %.2f%%" % (float(done), float(target_))))
                elif behind >= S["scheduleYellowPoints"]:
                    reasons.append(("黄", "投资完成 %.2f%%，序时 %.2f%%" % (float(done), float(target_))))
            ons = [D(v["date"]) for v in visits if v["project"] == p["id"] and v["mode"] == "现场" and D(v["date"]) <= today]
            last = max(ons) if ons else None
            if last is None or (today - last).days > S["visitDays"]:
                reasons.append(("黄", "从未现场走访" if last is None else "%d 天未现场走访" % (today - last).days))
        order = {"灰": 0, "绿": 1, "黄": 2, "红": 3}
        reasons.sort(key=lambda r: -order[r[0]])
        light = reasons[0][0] if reasons else ("灰" if finished else "绿")
        if p.get("lightOverride"):
            light = p["lightOverride"]
            reasons.insert(0, (light, "人工设定：" + p["lightOverrideReason"]))
        return light, reasons

    ilights = {i["id"]: ilight(i) for i in issues.values()}
    plights = {p["id"]: plight(p) for p in projects.values()}
    count = lambda xs, c: sum(1 for x in xs if x == c)
    for c, n in (("红", 5), ("黄", 5), ("绿", 5), ("灰", 5)):
        need(count(ilights.values(), c) >= n, "issue lights %s >= %d" % (c, n))
    need(any(i["due"] == "2026-11-27" and i["status"] in OPEN for i in issues.values()), "an open issue due 2026-11-27")
    need(any(i["due"] == "2026-11-30" and i["status"] in OPEN for i in issues.values()), "an open issue due 2026-11-30")
    pl = [v[0] for v in plights.values()]
    need(count(pl, "红") >= 3 and count(pl, "黄") >= 8 and count(pl, "绿") >= 4 and 1 <= count(pl, "灰") <= 2, "project light mix")
    red_rules = set()
    for pid, (light, reasons) in plights.items():
        if light == "红":
            for c, why in reasons:
                if c == "红":
                    red_rules.add(why.split()[0][:4])
    need(any("计划开工" in r for r in red_rules) and any("投资完成" in r for r in red_rules), "red from start and schedule")
    need(sum(1 for p in projects.values() if p["stage"] not in FINISHED and any("走访" in w for c, w in plights[p["id"]][1])) >= 3,
         "projects without a visit in 7 days")
    never = [p for p in projects.values() if not any(v["project"] == p["id"] and v["mode"] == "现场" for v in visits)
             and p["stage"] not in FINISHED]
    need(len(never) >= 1, "a project never visited on site")
    statuses = {i["status"] for i in issues.values()}
    for s in ("待交办", "待签收", "办理中", "待核验", "已销号", "已撤销"):
        need(s in statuses, "status %s" % s)
    need(any(i["reopens"] for i in issues.values()) and any(i["returns"] for i in issues.values())
         and any(i["extensions"] for i in issues.values()), "reopened, returned, extended issues")
    need(any(i["status"] == "已销号" and D(i["closedOn"]) > D(i["originalDue"]) for i in issues.values()), "closed late")
    for k in ("category", "source", "urgency"):
        need(len({i[k] for i in issues.values()}) >= {"category": 9, "source": 5, "urgency": 3}[k], "all %s values" % k)
    return problems, ilights, plights, acting_today, covered_today, head_today


# ---------------------------------------------------------------------------------------------


def main():
    text = render()
    doc = json.loads(text)
    problems, ilights, plights, acting, covered, heads = check(doc)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        sys.exit(1)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(os.path.join(OUT_DIR, "board.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    # a fresh snapshot at revision 0 has an empty journal; the lock file is only ever created
    with open(os.path.join(OUT_DIR, "journal.jsonl"), "w", encoding="utf-8") as f:
        f.write("")
    open(os.path.join(OUT_DIR, "lock"), "a").close()

    print("wrote %s (%d bytes)" % (os.path.relpath(os.path.join(OUT_DIR, "board.json"), ROOT), len(text.encode("utf-8"))))
    print("records: " + ", ".join("%s %d" % (k, len(doc[k])) for k in BOARD))
    order = ["红", "黄", "绿", "灰"]
    print("as of %s" % doc["settings"]["sampleDate"])
    print("issue lights:   " + "  ".join("%s %d" % (c, list(ilights.values()).count(c)) for c in order))
    st = {}
    for i in doc["issues"]:
        st[i["status"]] = st.get(i["status"], 0) + 1
    print("issue statuses: " + "  ".join("%s %d" % kv for kv in st.items()))
    pls = [v[0] for v in plights.values()]
    print("project lights: " + "  ".join("%s %d" % (c, pls.count(c)) for c in order))
    names = {p["id"]: p["name"] for p in doc["projects"]}
    for c in order:
        for pid, (light, reasons) in plights.items():
            if light == c:
                why = "；".join(w for _, w in reasons) if reasons else ("各项正常" if c == "绿" else "已" + [p for p in doc["projects"] if p["id"] == pid][0]["stage"])
                print("  %s %s %s — %s" % (c, pid, names[pid], why))
    ppl = {p["id"]: p["name"] for p in doc["people"]}
    for d in covered:
        print("today: %s %s A %s away, B %s holds it" % (d["unit"], d["duty"], ppl[d["a"]], ppl[d["b"]]))
    for d in heads:
        print("today: %s %s A %s and B %s away, head holds it" % (d["unit"], d["duty"], ppl[d["a"]], ppl[d["b"]]))
    for (iid, by, af, action, day) in acting:
        print("acting: %s %s %s by %s for %s" % (iid, day, action, ppl[by], ppl[af]))
    onsite = sum(1 for v in doc["visits"] if v["mode"] == "现场")
    print("visits: %d (现场 %d)" % (len(doc["visits"]), onsite))


if __name__ == "__main__":
    main()
