import { render } from 'preact';
import { pickLang } from '../../lib/i18n';
import { App } from './App';
import './style.css';

// Screen readers and CJK font selection read the page language; the UI follows the browser's.
document.documentElement.lang = pickLang(browser.i18n.getUILanguage()) === 'zh' ? 'zh-CN' : 'en';

render(<App />, document.getElementById('app')!);
