import { render } from 'preact';
render(<p>epaper-md</p>, document.getElementById('app')!);
