"""The English names of stored keys (categories, items, appliance types, units, tiers,
factor units): the sources the translations are keyed by. The desktop app translates them in
``greenlife.ui.labels``, the command line through ``greenlife.catalog``; the generated
``greenlife/ui/core_strings.py`` offers them to pyside6-lupdate (context "Labels")."""

from __future__ import annotations

CATEGORY: dict[str, str] = {
    "commute": "Commute",
    "waste": "Waste sorting",
    "food": "Food",
    "appliance": "Appliances",
    "energy": "Energy",
    "goods": "Goods and reuse",
    "reward": "Reward",
}

ITEM: dict[str, str] = {
    "subway": "Subway / rail",
    "bus": "Bus",
    "bike": "Bike / shared bike",
    "walk": "Walk",
    "ecar": "Electric car",
    "carpool": "Carpool",
    "petrol": "Petrol car",
    "paper": "Paper",
    "plastic": "Plastic",
    "metal": "Metal",
    "glass": "Glass",
    "kitchen": "Kitchen waste",
    "hazardous": "Hazardous waste",
    "residual": "Residual waste",
    "clean_plate": "Clean-plate meals",
    "food_waste": "Food thrown away",
    "electricity": "Grid electricity",
    "steps": "Walking (steps)",
    "car_parked": "Petrol car left parked",
    "secondhand": "Second-hand or passed on",
    "bag": "Own shopping bag",
    "box_returned": "Express box returned",
    "paperless": "Paperless bill",
    "no_tableware": "No disposable tableware",
    "solar": "Rooftop solar",
    "gas": "Gas",
    "water": "Water",
}

APPLIANCE: dict[str, str] = {
    "air_conditioner": "Air conditioner",
    "refrigerator": "Refrigerator",
    "washing_machine": "Washing machine",
    "water_heater": "Water heater",
    "television": "Television",
}

UNIT: dict[str, str] = {
    "km": "km",
    "ride": "rides",
    "kg": "kg",
    "meal": "meals",
    "points": "points",
    "m³": "m³",
    "step": "steps",
    "day": "days",
    "order": "orders",
    "box": "boxes",
    "bag": "bags",
    "bill": "bills",
}

TIER: dict[str, str] = {
    "bronze": "bronze",
    "silver": "silver",
    "gold": "gold",
}

SETS: dict[str, str] = {"shanghai": "Shanghai", "wuhan": "Wuhan"}

FACTOR_UNIT: dict[str, str] = {
    "g CO2/km": "g CO2/km",
    "g CO2/ride": "g CO2/ride",
    "g CO2e/meal": "g CO2e/meal",
    "kg CO2e/kg": "kg CO2e/kg",
    "kg CO2/kWh": "kg CO2/kWh",
    "g CO2/kWh": "g CO2/kWh",
    "kg CO2/m³": "kg CO2/m³",
    "g CO2/step": "g CO2/step",
    "g CO2/day": "g CO2/day",
    "g CO2/order": "g CO2/order",
    "g CO2/box": "g CO2/box",
    "g CO2/bag": "g CO2/bag",
    "g CO2/bill": "g CO2/bill",
}

# the household pseudo-member as the screens name it (stored as "Household")
HOUSEHOLD = "Whole household"
