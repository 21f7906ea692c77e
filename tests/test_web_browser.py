"""A reader's walk through the Linked Data pages in a real headless Chromium: from the home page to
the SDG task's lineage by following links, then a question in the box. Screenshots of the main
pages are saved (build/test-artifacts/screens/)."""
from __future__ import annotations

import pytest

from tests.web import screenshot


def by_text(driver, text: str):
    from selenium.webdriver.common.by import By

    return driver.find_element(By.LINK_TEXT, text)


def test_home_to_sdg_task_lineage_and_a_question(site, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site + "/")
    assert browser.title.startswith("Mandates")
    assert browser.find_element(By.TAG_NAME, "h1").text == "UN special-procedures mandates"
    screenshot(browser, "home")

    by_text(browser, "Independent Expert on human rights and international solidarity").click()
    assert browser.current_url.endswith("/mandate/international-solidarity.html")  # after the 303
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Independent Expert on human rights")
    headings = [h.text for h in browser.find_elements(By.TAG_NAME, "h2")]
    assert "Resolutions that created and renewed the mandate" in headings
    assert "Holders" in headings and "Country visits" in headings
    img = browser.find_element(By.CSS_SELECTOR, "figure img")
    assert "Timeline of the mandate" in img.get_attribute("alt")
    assert browser.execute_script("return arguments[0].naturalWidth", img) > 0  # the picture loaded
    screenshot(browser, "mandate")

    by_text(browser, "sdg-forums").click()
    assert browser.current_url.endswith("/mandate/international-solidarity/task/sdg-forums.html")
    assert browser.find_element(By.TAG_NAME, "h1").text == "sdg-forums"
    lineage = browser.find_element(By.XPATH, "//h2[starts-with(., 'Lineage')]/following-sibling::table[1]")
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")] for tr in lineage.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert rows[0][:4] == ["26 June 2014", "HRC 26/6", "para. 9", "added"]
    assert rows[1][:4] == ["22 June 2017", "HRC 35/3", "para. 11", "reaffirmed"]
    assert all("A/HRC/38/40, fn. 9" in r[4] for r in rows[:2])
    source = lineage.find_element(By.LINK_TEXT, "A/HRC/38/40")
    assert source.get_attribute("href").endswith("/doc/A/HRC/38/40")
    undocs = lineage.find_elements(By.CSS_SELECTOR, "a.undocs")
    assert undocs and undocs[0].get_attribute("href") == "https://undocs.org/A/HRC/38/40"
    img = browser.find_element(By.CSS_SELECTOR, "figure img")
    assert "Lineage of the task sdg-forums" in img.get_attribute("alt")
    assert browser.execute_script("return arguments[0].naturalWidth", img) > 0
    screenshot(browser, "task-sdg-forums")

    lineage.find_element(By.LINK_TEXT, "HRC 35/3").click()
    assert browser.current_url.endswith("/doc/A/HRC/RES/35/3.html")
    assert "Text of HRC 35/3 on undocs.org" in browser.page_source
    screenshot(browser, "resolution-35-3")

    box = browser.find_element(By.ID, "q")
    box.send_keys("Which resolution added the SDG task?")
    box.submit()  # a scripted submit: the driver does not wait for the answer page, so wait for it here
    WebDriverWait(browser, 60).until(lambda b: "/-/ask" in b.current_url and b.find_elements(By.CSS_SELECTOR, "ol.answers li"))
    answer = browser.find_element(By.CSS_SELECTOR, "ol.answers li")
    assert "HRC 26/6" in answer.text and "para. 9" in answer.text and "A/HRC/38/40" in answer.text
    link = answer.find_element(By.LINK_TEXT, "task sdg-forums")
    screenshot(browser, "ask")
    link.click()
    assert browser.current_url.endswith("/task/sdg-forums.html")


@pytest.mark.parametrize("path,name", [
    ("/person/okafor", "holder"),
    ("/mandate/foreign-debt/visit/fd-argentina-2013", "visit"),
    ("/doc/A/HRC/38/40", "document"),
    ("/-/disagreements", "disagreements"),
    ("/mandate/foreign-debt", "mandate-foreign-debt"),
    ("/no/such/thing", "not-found"),
])
def test_other_pages_render(site, browser, path, name):
    from selenium.webdriver.common.by import By

    browser.get(site + path)
    h1 = browser.find_element(By.TAG_NAME, "h1").text
    assert h1 and "Traceback" not in browser.page_source
    for img in browser.find_elements(By.TAG_NAME, "img"):
        assert img.get_attribute("alt")
    for a in browser.find_elements(By.TAG_NAME, "a"):
        assert a.get_attribute("textContent").strip() or a.get_attribute("aria-label"), a.get_attribute("href")
    screenshot(browser, name)
