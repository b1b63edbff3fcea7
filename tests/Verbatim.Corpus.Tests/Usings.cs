global using System.Linq;
global using System;
