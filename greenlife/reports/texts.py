"""The words of the exported report, in the app's two languages (data, like the badges)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "GreenLife yearly summary {year}",
        "household": "Household",
        "generated": "Made on {date} by GreenLife {version}. 1 g of CO2 avoided = 1 point; "
                     "every figure is a sum of the lines of the household's carbon book.",
        "headline": "{points} points earned",
        "avoided": "CO2 avoided",
        "emitted": "CO2 emitted",
        "redeemed": "Points spent on rewards",
        "net": "Net for the year (earned − spent)",
        "balance": "Left to spend at the end of the year (points never expire)",
        "entries": "Actions logged",
        "points": "Points earned",
        "kg": "{value} kg",
        "equivalences": "What it equals",
        "trees": "{value} trees planted",
        "km": "{value} km not driven by petrol car",
        "kwh": "{value} kWh of grid electricity",
        "trees_basis": "{per} g CO2 a tree: {source}",
        "km_basis": "{per} g CO2 a km, the petrol-car factor in use: {source}",
        "kwh_basis": "{per} g CO2 a kWh, the grid factor in use: {source}",
        "by_month": "{year} month by month",
        "month": "Month",
        "total": "Total",
        "goals": "Weekly goal",
        "goals_met": "The household's weekly goal was met in {met} of {weeks} weeks.",
        "best_weeks": "Best weeks",
        "iso_weeks": "ISO weeks (Monday to Sunday); a week across New Year counts whole, in the year "
                     "of its Thursday.",
        "week": "Week",
        "week_of": "Week {week}, from {date}",
        "badges": "Badges earned in {year}",
        "date": "Date",
        "who": "Who",
        "badge": "Badge",
        "none": "None this year.",
        "rewards": "Rewards redeemed",
        "reward": "Reward",
        "spent": "Points spent",
        "members": "Members",
        "member_page": "{name}'s year",
        "best_categories": "Best categories",
        "category": "Category",
        "appendix": "Appendix: how every number was worked out",
        "appendix_intro": "Each line's points = quantity × factor, rounded to whole points on the "
                          "line; an appliance's line for a day = (baseline − label kWh/year) ÷ 365 × "
                          "the grid factor.",
        "factors_used": "Factors used in {year}",
        "factor": "Factor",
        "value": "Value",
        "unit": "Unit",
        "kind": "Kind",
        "set": "Set",
        "source": "Source",
        "year": "Year",
        "assumption_col": "Assumed",
        "yes": "yes",
        "no": "no",
        "own_set": "own",
        "own_actions": "our own actions",
        "lines": "Lines",
        "appliances_counted": "Appliances counted in {year}",
        "meters_basis": "Meters: each month's use is compared with the same month a year before; "
                        "a month without one is compared with the baseline the family chose.",
        "meter_baseline": "{meter}: baseline {value} {unit} a month",
        "meter_no_baseline": "{meter}: no baseline (first-year months are not counted)",
        "electricity": "Electricity", "gas": "Gas", "water": "Water",
        "appliance_col": "Appliance",
        "grade": "Grade",
        "label_kwh": "Label kWh/year",
        "baseline_kwh": "Baseline kWh/year",
        "days": "Days",
        "reduction": "reduction",
        "emission": "emission",
        "assumption": "assumption",
        "page": "Page {n} of {total}",
        "commute": "Commute", "waste": "Waste sorting", "food": "Food", "appliance": "Appliances",
        "energy": "Energy", "goods": "Goods and reuse",
        "emitted_series": "{category} (emitted)",
        "axis": "points",
        "months": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
        "bronze": "bronze", "silver": "silver", "gold": "gold", "baseline": "baseline",
        "certificate": "Green certificate {year}",
        "certificate_text": "{name} avoided {kg} kg of CO2 in {year} — as much as {trees} trees "
                            "take in (Ant Forest counts 17.9 kg a tree).",
        "certificate_points": "{points} points earned",
        "no_font": "No font with Chinese characters was found; install one (see the README).",
    },
    "zh": {
        "title": "绿色生活碳账本 {year} 年度总结",
        "household": "全家",
        "generated": "由绿色生活碳账本 {version} 于 {date} 生成。减少 1 克二氧化碳 = 1 积分；"
                     "每个数字都是家庭碳账本各条记录之和。",
        "headline": "获得 {points} 积分",
        "avoided": "二氧化碳减排量",
        "emitted": "二氧化碳排放量",
        "redeemed": "兑换奖励所用积分",
        "net": "本年净额（获得 − 兑换）",
        "balance": "年末可用积分（积分永不过期）",
        "entries": "记录的行动",
        "points": "获得积分",
        "kg": "{value} 千克",
        "equivalences": "相当于",
        "trees": "种下 {value} 棵树",
        "km": "少开 {value} 公里燃油车",
        "kwh": "{value} 千瓦时电网电量",
        "trees_basis": "每棵树 {per} 克二氧化碳：{source}",
        "km_basis": "每公里 {per} 克二氧化碳，即当前使用的燃油车系数：{source}",
        "kwh_basis": "每千瓦时 {per} 克二氧化碳，即当前使用的电网系数：{source}",
        "by_month": "{year} 年逐月积分",
        "month": "月份",
        "total": "合计",
        "goals": "每周目标",
        "goals_met": "全家每周目标在 {weeks} 周中达成 {met} 周。",
        "best_weeks": "积分最高的几周",
        "iso_weeks": "按 ISO 周（周一至周日）计；跨年的一周整周计入其周四所在的年份。",
        "week": "周",
        "week_of": "第 {week} 周，自 {date} 起",
        "badges": "{year} 年获得的徽章",
        "date": "日期",
        "who": "成员",
        "badge": "徽章",
        "none": "今年没有。",
        "rewards": "已兑换的奖励",
        "reward": "奖励",
        "spent": "所用积分",
        "members": "成员",
        "member_page": "{name}的一年",
        "best_categories": "积分最多的类别",
        "category": "类别",
        "appendix": "附录：每个数字的计算方法",
        "appendix_intro": "每条记录的积分 = 数量 × 系数，在该条记录上取整；家电每天一条记录 ="
                          "（基准年耗电量 − 标识年耗电量）÷ 365 × 电网系数。",
        "factors_used": "{year} 年使用的系数",
        "factor": "系数",
        "value": "数值",
        "unit": "单位",
        "kind": "类型",
        "set": "系数组",
        "source": "来源",
        "year": "年份",
        "assumption_col": "是否假设",
        "yes": "是",
        "no": "否",
        "own_set": "自定义",
        "own_actions": "我家的行动",
        "lines": "记录数",
        "appliances_counted": "{year} 年计入的家电",
        "meters_basis": "水电气：每个月的用量与去年同月比较；没有去年同月的月份与家庭选定的基准比较。",
        "meter_baseline": "{meter}：每月基准 {value} {unit}",
        "meter_no_baseline": "{meter}：未设基准（第一年的月份不计）",
        "electricity": "电", "gas": "燃气", "water": "水",
        "appliance_col": "家电",
        "grade": "能效等级",
        "label_kwh": "标识年耗电量（千瓦时）",
        "baseline_kwh": "基准年耗电量（千瓦时）",
        "days": "天数",
        "reduction": "减排",
        "emission": "排放",
        "assumption": "假设",
        "page": "第 {n} 页，共 {total} 页",
        "commute": "出行", "waste": "垃圾分类", "food": "饮食", "appliance": "家电",
        "energy": "能源", "goods": "物品与循环",
        "emitted_series": "{category}（排放）",
        "axis": "积分",
        "months": "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月",
        "bronze": "铜牌", "silver": "银牌", "gold": "金牌", "baseline": "基准",
        "certificate": "{year} 年绿色证书",
        "certificate_text": "{name}在 {year} 年减少了 {kg} 千克二氧化碳，相当于 {trees} 棵树的吸收量"
                            "（蚂蚁森林按每棵树 17.9 千克计）。",
        "certificate_points": "获得 {points} 积分",
        "no_font": "未找到含中文字符的字体；请安装一种（见 README）。",
    },
}


# What the report calls each thing, in its language (no internal key is ever printed).
NAMES: dict[str, dict[str, str]] = {
    "en": {
        "commute.subway": "Subway / rail transit", "commute.bus": "Ground bus",
        "commute.bike": "Bike / shared bike", "commute.walk": "Walking",
        "commute.ecar": "Electric car", "commute.carpool": "Carpool",
        "commute.petrol": "Petrol car", "waste.paper": "Recyclables: paper",
        "waste.plastic": "Recyclables: plastic", "waste.metal": "Recyclables: metal",
        "waste.glass": "Recyclables: glass", "waste.kitchen": "Wet (kitchen) waste, composted",
        "waste.hazardous": "Hazardous waste", "waste.residual": "Dry (residual) waste",
        "food.clean_plate": "Clean-plate meals", "food.food_waste": "Food thrown away",
        "grid.electricity": "Grid electricity",
        "commute.steps": "Walking (steps)", "commute.car_parked": "A day the petrol car stays parked",
        "goods.secondhand": "Second-hand or passed-on items", "goods.bag": "Own shopping bag",
        "goods.box_returned": "Express box returned", "goods.paperless": "Paperless bill",
        "food.no_tableware": "Takeaway without disposable tableware",
        "energy.solar": "Rooftop solar", "meter.electricity": "Electricity saved (meter)",
        "meter.gas": "Gas saved (meter)", "meter.water": "Water saved (meter)",
        "air_conditioner": "Air conditioner", "refrigerator": "Refrigerator",
        "washing_machine": "Washing machine", "water_heater": "Electric water heater",
        "television": "Television",
        "shanghai": "Shanghai", "wuhan": "Wuhan",
    },
    "zh": {
        "commute.subway": "地铁 / 轨道交通", "commute.bus": "公交", "commute.bike": "骑行 / 共享单车",
        "commute.walk": "步行", "commute.ecar": "电动汽车", "commute.carpool": "拼车",
        "commute.petrol": "燃油车", "waste.paper": "可回收物：纸类", "waste.plastic": "可回收物：塑料",
        "waste.metal": "可回收物：金属", "waste.glass": "可回收物：玻璃",
        "waste.kitchen": "湿垃圾（厨余，堆肥）", "waste.hazardous": "有害垃圾",
        "waste.residual": "干垃圾", "food.clean_plate": "光盘（餐）", "food.food_waste": "浪费的食物",
        "grid.electricity": "电网电力",
        "commute.steps": "步行（步数）", "commute.car_parked": "燃油车停驶一天",
        "goods.secondhand": "二手或转赠物品", "goods.bag": "自带购物袋",
        "goods.box_returned": "快递箱回收", "goods.paperless": "电子账单",
        "food.no_tableware": "外卖不要一次性餐具",
        "energy.solar": "屋顶光伏", "meter.electricity": "节约用电（电表）",
        "meter.gas": "节约用气（气表）", "meter.water": "节约用水（水表）",
        "air_conditioner": "空调", "refrigerator": "冰箱", "washing_machine": "洗衣机",
        "water_heater": "电热水器", "television": "电视机",
        "shanghai": "上海", "wuhan": "武汉",
    },
}

# Units as the report prints them.
UNITS: dict[str, dict[str, str]] = {
    "en": {"g CO2/km": "g CO2/km", "g CO2/ride": "g CO2/ride", "g CO2e/meal": "g CO2e/meal",
           "kg CO2e/kg": "kg CO2e/kg", "kg CO2/kWh": "kg CO2/kWh", "kWh/year": "kWh/year",
           "g CO2/kWh": "g CO2/kWh", "kg CO2/m³": "kg CO2/m³", "g CO2/step": "g CO2/step",
           "g CO2/day": "g CO2/day", "g CO2/order": "g CO2/order", "g CO2/box": "g CO2/box",
           "g CO2/bag": "g CO2/bag", "g CO2/bill": "g CO2/bill", "m³": "m³", "kWh": "kWh"},
    "zh": {"g CO2/km": "克二氧化碳/公里", "g CO2/ride": "克二氧化碳/次", "g CO2e/meal": "克二氧化碳当量/餐",
           "kg CO2e/kg": "千克二氧化碳当量/千克", "kg CO2/kWh": "千克二氧化碳/千瓦时",
           "kWh/year": "千瓦时/年", "g CO2/kWh": "克二氧化碳/千瓦时",
           "kg CO2/m³": "千克二氧化碳/立方米", "g CO2/step": "克二氧化碳/步",
           "g CO2/day": "克二氧化碳/天", "g CO2/order": "克二氧化碳/单", "g CO2/box": "克二氧化碳/个",
           "g CO2/bag": "克二氧化碳/个", "g CO2/bill": "克二氧化碳/份", "m³": "立方米",
           "kWh": "千瓦时"},
}

# The published sources, as a Chinese reader would cite them. A family's own source is
# printed as typed.
SOURCES_ZH: dict[str, str] = {
    "Our estimate": "我们的估计",
    "Shanghai carbon-inclusion platform, 2025": "上海碳普惠平台，2025（人民日报报道）",
    "Shanghai carbon-inclusion platform, as reported by People's Daily (人民日报), 2025":
        "上海碳普惠平台，人民日报报道，2025",
    "Wuhan carbon-inclusion platform (2025), as reported by Xinhua": "武汉碳普惠平台（2025），新华社报道",
    "Wuhan carbon-inclusion platform (武碳江湖), as reported by Xinhua, 2025":
        "武汉碳普惠平台（武碳江湖），新华社报道，2025",
    "Wuhan carbon-inclusion platform (2025), as reported by Xinhua; walking treated like cycling "
    "(assumption)": "武汉碳普惠平台（2025），新华社报道；步行按骑行计（假设）",
    "Wuhan carbon-inclusion platform (武碳江湖), as reported by Xinhua, 2025; walking treated "
    "like cycling (assumption)": "武汉碳普惠平台（武碳江湖），新华社报道，2025；步行按骑行计（假设）",
    "MEE & NBS notice on 2023 electricity CO2 emission factors":
        "生态环境部、国家统计局关于发布2023年电力二氧化碳排放因子的公告",
    "Ministry of Ecology and Environment & National Bureau of Statistics (MEE & NBS), notice on "
    "2023 electricity CO2 emission factors":
        "生态环境部、国家统计局关于发布2023年电力二氧化碳排放因子的公告",
    "FAO, Food Wastage Footprint, 2013 (3.3 Gt CO2e / 1.3 Gt wasted)":
        "联合国粮农组织《粮食浪费足迹》，2013（33亿吨二氧化碳当量 / 13亿吨浪费）",
    "US EPA WARM v16 (2023), converted from t per short ton x1.1023":
        "美国环保署 WARM 模型 v16（2023），由吨/短吨换算（×1.1023）",
    "US EPA, Waste Reduction Model (WARM) v16, 2023; converted from t per short ton x1.1023":
        "美国环保署废弃物减量模型（WARM）v16，2023；由吨/短吨换算（×1.1023）",
    "Wuhan carbon-inclusion platform (武碳江湖, 惠节电: 525 g per kWh saved), as reported by the "
    "Wuhan press, Aug 2025": "武汉碳普惠平台（武碳江湖“惠节电”：每节约1度电525克），武汉媒体报道，2025年8月",
    "Hubei Emission Exchange, 碳碳星球 mini-program (0.02 points = 0.02 g per step), as reported "
    "by Hubei Daily (湖北日报), 2022":
        "湖北碳排放权交易中心“碳碳星球”小程序（每步0.02积分，即0.02克），湖北日报报道，2022",
    "Cainiao 回箱计划 (a box reused once saves 37 g CO2), as reported by CCTV News (央视新闻) from "
    "a Beijing Cainiao station, 2023": "菜鸟回箱计划（纸箱循环使用一次减碳37克），央视新闻报道（北京菜鸟驿站），2023",
    "Derived: a provincial energy-saving tip (a car left parked one day a month saves about 98 kg "
    "CO2 a year), as reported in the press, 2021":
        "推算：某省节能宣传提示（每月少开一天车，每年减排约98千克二氧化碳），媒体报道，2021",
    "Figure widely quoted in the Chinese press for reusing old textiles (3.6 kg CO2 per kg)":
        "中文媒体广泛引用的旧纺织品再利用数据（每千克3.6千克二氧化碳）",
    "Wuhan carbon-inclusion platform (武碳江湖), own shopping bag": "武汉碳普惠平台（武碳江湖），自带购物袋",
    "Assumption: one printed A4 bill and envelope (about 10 g of paper) not made":
        "假设：少印一张A4账单和信封（约10克纸）",
    "Beijing carbon-inclusion scheme: at least 23 g per takeaway order without disposable "
    "tableware": "北京碳普惠：外卖不要一次性餐具每单至少23克",
    "Derived: IPCC 2006 Guidelines default 56.1 t CO2 per TJ of natural gas x China's net "
    "calorific value 38,931 kJ/m³ (GB/T 2589)":
        "推算：IPCC 2006 指南天然气缺省值每太焦56.1吨二氧化碳 × 中国天然气低位发热量38,931千焦/立方米（GB/T 2589）",
    "Derived: about 0.3 kWh of grid electricity to supply and treat 1 m³ of tap water x 0.5306 kg "
    "CO2/kWh (MEE & NBS, 2023)":
        "推算：供应和处理1立方米自来水约耗电0.3千瓦时 × 0.5306千克二氧化碳/千瓦时（生态环境部、国家统计局，2023）",
    "US EPA WARM v16 (2023), food waste composted vs landfilled (approximate)":
        "美国环保署 WARM 模型 v16（2023），厨余堆肥相对填埋（近似值）",
    "No published per-kg saving": "无公开的每千克减排数据",
    "Derived: petrol baseline 160 g/km minus electric car 80 g/km (15 kWh/100 km x 0.5306)":
        "推算：燃油车基准160克/公里减电动汽车80克/公里（15千瓦时/百公里 × 0.5306）",
    "Derived: petrol baseline 160 g/km shared by two people": "推算：两人分摊燃油车基准160克/公里",
    "Derived: 7 L/100 km x 2.3 kg CO2/L": "推算：7升/百公里 × 2.3千克二氧化碳/升",
    "Derived: 93 g plate waste per meal (CAS & WWF 2018) x 2.5 kg CO2e/kg (FAO 2013)":
        "推算：每餐剩菜93克（中科院与世界自然基金会，2018）× 2.5千克二氧化碳当量/千克（粮农组织，2013）",
    "Assumption: typical grade-3 China energy label figure for a household model; grade 1 uses "
    "about 20% less. Enter your own label's kWh/year.":
        "假设：家用型号中国能效标识三级的典型耗电量；一级约少20%。请填写您家电能效标识上的年耗电量。",
    "Ant Forest: about 17.9 kg CO2 for one saxaul tree planted": "蚂蚁森林：种一棵梭梭树约17.9千克二氧化碳",
}


def name(lang: str, key: str) -> str:
    """A factor, appliance or set by its name in the report's language."""
    table = NAMES.get(lang, NAMES["en"])
    return table.get(key) or NAMES["en"].get(key) or key


def unit(lang: str, key: str) -> str:
    return UNITS.get(lang, UNITS["en"]).get(key, key)


def source(lang: str, value: str) -> str:
    return SOURCES_ZH.get(value, value) if lang == "zh" else value


def date(lang: str, day: object) -> str:
    """2026年11月25日 in Chinese, 25 Nov 2026 in English."""
    import datetime as dt

    assert isinstance(day, dt.date)
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {TEXTS['en']['months'].split()[day.month - 1]} {day.year}"


def number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


def big_number(lang: str, value: float) -> str:
    """Chart ticks: 18万 in Chinese (a 万 is 10,000), 180k in English."""
    if lang == "zh" and abs(value) >= 10_000:
        return f"{value / 10_000:g}万"
    if lang != "zh" and abs(value) >= 10_000:
        return f"{value / 1000:g}k"
    return f"{value:,.0f}"


def text(lang: str, key: str, **params: object) -> str:
    table = TEXTS.get(lang, TEXTS["en"])
    return table.get(key, TEXTS["en"][key]).format(**params)
